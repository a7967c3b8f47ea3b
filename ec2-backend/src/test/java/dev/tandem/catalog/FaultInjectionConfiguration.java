package dev.tandem.catalog;

import io.awspring.cloud.autoconfigure.sqs.SqsAsyncClientCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Puts {@link FaultInjectingEventBridgeClient} and {@link FaultInjectingCloudWatchClient} in front
 * of the service's real EventBridge and CloudWatch clients, {@link FaultInjectingHttpClient} under
 * its AWS clients, and {@link FaultInjectingAsyncHttpClient} under the inbox listener's SQS client.
 */
@TestConfiguration(proxyBeanMethods = false)
class FaultInjectionConfiguration {

    @Bean
    @Primary
    FaultInjectingEventBridgeClient faultInjectingEventBridgeClient(
            @Qualifier("eventBridgeClient") EventBridgeClient eventBridgeClient) {
        return new FaultInjectingEventBridgeClient(eventBridgeClient);
    }

    @Bean
    @Primary
    FaultInjectingHttpClient faultInjectingHttpClient(@Qualifier("awsHttpClient") SdkHttpClient awsHttpClient) {
        return new FaultInjectingHttpClient(awsHttpClient);
    }

    @Bean
    FaultInjectingAsyncHttpClient faultInjectingAsyncHttpClient() {
        return new FaultInjectingAsyncHttpClient(NettyNioAsyncHttpClient.create());
    }

    @Bean
    SqsAsyncClientCustomizer faultInjectingSqsTransport(FaultInjectingAsyncHttpClient faultInjectingAsyncHttpClient) {
        return sqs -> sqs.httpClient(faultInjectingAsyncHttpClient);
    }

    @Bean
    @Primary
    FaultInjectingCloudWatchClient faultInjectingCloudWatchClient(
            @Qualifier("cloudWatchClient") CloudWatchClient cloudWatchClient) {
        return new FaultInjectingCloudWatchClient(cloudWatchClient);
    }
}
