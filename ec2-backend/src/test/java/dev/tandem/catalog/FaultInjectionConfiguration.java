package dev.tandem.catalog;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** Puts {@link FaultInjectingEventBridgeClient} in front of the service's real EventBridge client. */
@TestConfiguration(proxyBeanMethods = false)
class FaultInjectionConfiguration {

    @Bean
    @Primary
    FaultInjectingEventBridgeClient faultInjectingEventBridgeClient(
            @Qualifier("eventBridgeClient") EventBridgeClient eventBridgeClient) {
        return new FaultInjectingEventBridgeClient(eventBridgeClient);
    }
}
