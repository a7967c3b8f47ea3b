package dev.tandem.localcloud;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Ready-made SDK clients for a running {@link LocalAws}: its one endpoint, region and administrator's key pair, path-style S3, and the
 * JDK's URL connection as the HTTP client (the lightest the SDK has). Closing this closes every client.
 */
public final class LocalAwsClients implements AutoCloseable {

    private final SdkHttpClient http;
    private final S3Client s3;
    private final S3Presigner s3Presigner;
    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final EventBridgeClient eventBridge;
    private final CloudWatchClient cloudWatch;

    private LocalAwsClients(LocalAws aws, SdkHttpClient http) {
        this.http = http;
        LocalAwsSettings settings = aws.settings();
        this.s3 = configure(S3Client.builder(), aws.endpoint(), settings, http)
                .forcePathStyle(true)
                .build();
        this.s3Presigner = S3Presigner.builder()
                .region(settings.region())
                .credentialsProvider(StaticCredentialsProvider.create(settings.credentials()))
                .endpointOverride(aws.endpoint())
                .serviceConfiguration(
                        S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
        this.sqs =
                configure(SqsClient.builder(), aws.endpoint(), settings, http).build();
        this.dynamoDb = configure(DynamoDbClient.builder(), aws.endpoint(), settings, http)
                .build();
        this.eventBridge = configure(EventBridgeClient.builder(), aws.endpoint(), settings, http)
                .build();
        this.cloudWatch = configure(CloudWatchClient.builder(), aws.endpoint(), settings, http)
                .build();
    }

    public static LocalAwsClients connectTo(LocalAws aws) {
        return new LocalAwsClients(aws, UrlConnectionHttpClient.create());
    }

    /** Points any SDK client builder at a local endpoint, with local-cloud's region and key pair. */
    private static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(
            B builder, URI endpoint, LocalAwsSettings settings, SdkHttpClient http) {
        return builder.region(settings.region())
                .credentialsProvider(StaticCredentialsProvider.create(settings.credentials()))
                .endpointOverride(endpoint)
                .httpClient(http);
    }

    public S3Client s3() {
        return s3;
    }

    public S3Presigner s3Presigner() {
        return s3Presigner;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public EventBridgeClient eventBridge() {
        return eventBridge;
    }

    public CloudWatchClient cloudWatch() {
        return cloudWatch;
    }

    @Override
    public void close() {
        s3.close();
        s3Presigner.close();
        sqs.close();
        dynamoDb.close();
        eventBridge.close();
        cloudWatch.close();
        http.close();
    }
}
