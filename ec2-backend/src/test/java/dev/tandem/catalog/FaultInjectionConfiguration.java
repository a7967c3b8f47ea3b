package dev.tandem.catalog;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * Puts {@link FaultInjectingEventBridgeClient} and {@link FaultInjectingCloudWatchClient} in front
 * of the service's real EventBridge and CloudWatch clients.
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
    FaultInjectingCloudWatchClient faultInjectingCloudWatchClient(
            @Qualifier("cloudWatchClient") CloudWatchClient cloudWatchClient) {
        return new FaultInjectingCloudWatchClient(cloudWatchClient);
    }
}
