package dev.tandem.localcloud.stack;

import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS a template is deployed onto: one region and account, and a client per service, all sharing one HTTP
 * client. Closing it closes every client.
 */
public final class AwsClients implements AutoCloseable {

    private final AwsEndpoints endpoints;
    private final SdkHttpClient http = UrlConnectionHttpClient.create();
    private final S3Client s3;
    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final EventBridgeClient events;
    private final LambdaClient lambda;

    private AwsClients(AwsEndpoints endpoints) {
        this.endpoints = endpoints;
        this.s3 = configure(S3Client.builder()).forcePathStyle(true).build();
        this.sqs = configure(SqsClient.builder()).build();
        this.dynamoDb = configure(DynamoDbClient.builder()).build();
        this.events = configure(EventBridgeClient.builder()).build();
        this.lambda = configure(LambdaClient.builder()).build();
    }

    /** Clients of {@code endpoints}, over the JDK's URL connection; S3 by path, as emulators need. */
    public static AwsClients connect(AwsEndpoints endpoints) {
        return new AwsClients(endpoints);
    }

    private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder) {
        return builder.region(Region.of(endpoints.region()))
                .credentialsProvider(StaticCredentialsProvider.create(endpoints.credentials()))
                .endpointOverride(endpoints.endpoint())
                .httpClient(http);
    }

    public String region() {
        return endpoints.region();
    }

    public String accountId() {
        return endpoints.accountId();
    }

    public S3Client s3() {
        return s3;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public EventBridgeClient events() {
        return events;
    }

    public LambdaClient lambda() {
        return lambda;
    }

    @Override
    public void close() {
        s3.close();
        sqs.close();
        dynamoDb.close();
        events.close();
        lambda.close();
        http.close();
    }
}
