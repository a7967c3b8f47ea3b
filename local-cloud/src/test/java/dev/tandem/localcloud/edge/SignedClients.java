package dev.tandem.localcloud.edge;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients of the edge that sign with a key pair a test chooses (a role's, a wrong secret, an unknown key) and
 * do not retry, so that a refusal reaches the test as the SDK first sees it.
 */
final class SignedClients implements AutoCloseable {

    private final SdkHttpClient http = UrlConnectionHttpClient.create();
    private final URI endpoint;
    private final AwsCredentials credentials;

    SignedClients(URI endpoint, AwsCredentials credentials) {
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    S3Client s3() {
        return configure(S3Client.builder()).forcePathStyle(true).build();
    }

    SqsClient sqs() {
        return configure(SqsClient.builder()).build();
    }

    DynamoDbClient dynamoDb() {
        return configure(DynamoDbClient.builder()).build();
    }

    EventBridgeClient eventBridge() {
        return configure(EventBridgeClient.builder()).build();
    }

    CloudWatchClient cloudWatch() {
        return configure(CloudWatchClient.builder()).build();
    }

    LambdaClient lambda() {
        return configure(LambdaClient.builder()).build();
    }

    private <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder) {
        return builder.region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .endpointOverride(endpoint)
                .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .httpClient(http);
    }

    @Override
    public void close() {
        http.close();
    }
}
