package dev.tandem.catalog.config;

import dev.tandem.events.EventCodec;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The AWS SDK clients. None of them is given an endpoint, a region or credentials: the SDK's
 * default chains read {@code AWS_REGION}, {@code AWS_ENDPOINT_URL} (one endpoint for every service, as
 * local-cloud, Floci and LocalStack have; {@code AWS_ENDPOINT_URL_<SERVICE>} for one) and the instance role
 * (or their {@code aws.*} system properties), so the same jar runs on AWS and against emulators.
 * The SQS client comes from Spring Cloud AWS, which leaves the endpoint to the SDK in the same way.
 */
@Configuration(proxyBeanMethods = false)
class AwsClientsConfiguration {

    /** Web requests run on virtual threads, so allow more concurrent calls than the SDK's 50. */
    private static final int MAX_CONNECTIONS = 200;

    /** A request should fail, not hang, when AWS does not answer: the limit for a call, retries included. */
    private static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(10);

    @Bean(destroyMethod = "close")
    SdkHttpClient awsHttpClient() {
        return Apache5HttpClient.builder().maxConnections(MAX_CONNECTIONS).build();
    }

    @Bean
    DynamoDbClient dynamoDbClient(SdkHttpClient awsHttpClient) {
        return DynamoDbClient.builder()
                .httpClient(awsHttpClient)
                .overrideConfiguration(timeout -> timeout.apiCallTimeout(API_CALL_TIMEOUT))
                .build();
    }

    @Bean
    DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient dynamoDbClient) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDbClient).build();
    }

    @Bean
    EventBridgeClient eventBridgeClient(SdkHttpClient awsHttpClient) {
        return EventBridgeClient.builder()
                .httpClient(awsHttpClient)
                .overrideConfiguration(timeout -> timeout.apiCallTimeout(API_CALL_TIMEOUT))
                .build();
    }

    /** Only where the service publishes metrics: elsewhere nothing should be able to call CloudWatch. */
    @Bean
    @ConditionalOnBooleanProperty("tandem.metrics.enabled")
    CloudWatchClient cloudWatchClient(SdkHttpClient awsHttpClient) {
        return CloudWatchClient.builder()
                .httpClient(awsHttpClient)
                .overrideConfiguration(timeout -> timeout.apiCallTimeout(API_CALL_TIMEOUT))
                .build();
    }

    /** Presigning is local computation: the presigner signs URLs and never calls S3. */
    @Bean
    S3Presigner s3Presigner(TandemProperties properties) {
        return S3Presigner.builder()
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(properties.media().pathStyleAccess())
                        .build())
                .build();
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }
}
