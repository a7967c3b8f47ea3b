package dev.tandem.catalog.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class TandemPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TandemProperties.class)
    static class BindTandemProperties {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(BindTandemProperties.class);

    @Test
    void refusesToStartWithoutAnAdminToken() {
        context.run(started ->
                assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("tandem.admin.token"));
    }

    @Test
    void refusesAShortAdminToken() {
        context.withPropertyValues("tandem.admin.token=short").run(started -> assertThat(started)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("at least 16 characters"));
    }

    @Test
    void bindsNamesFromTheEnvironmentStyleKeysWithLocalDefaultsForTheRest() {
        context.withPropertyValues(
                        "tandem.admin.token=a-long-enough-admin-token",
                        "tandem.inbox.queue=sandbox-tandem-catalog-inbox",
                        "tandem.tables.orders=sandbox-tandem-orders")
                .run(started -> {
                    TandemProperties properties = started.getBean(TandemProperties.class);
                    assertThat(properties.tables().orders()).isEqualTo("sandbox-tandem-orders");
                    assertThat(properties.inbox().queue()).isEqualTo("sandbox-tandem-catalog-inbox");
                    assertThat(properties.tables().products()).isEqualTo("tandem-products");
                    assertThat(properties.bus().name()).isEqualTo("tandem");
                    assertThat(properties.admin()).asString().doesNotContain("a-long-enough-admin-token");
                });
    }

    @Test
    void leavesMetricsOffByDefaultWithTheTandemNamespaceAndOneMinuteInterval() {
        context.withPropertyValues("tandem.admin.token=a-long-enough-admin-token", "tandem.inbox.queue=catalog-inbox")
                .run(started -> {
                    TandemProperties.Metrics metrics =
                            started.getBean(TandemProperties.class).metrics();
                    assertThat(metrics.enabled()).isFalse();
                    assertThat(metrics.namespace()).isEqualTo("Tandem");
                    assertThat(metrics.interval()).isEqualTo(Duration.ofMinutes(1));
                });
    }

    @Test
    void refusesANamespaceReservedForAws() {
        context.withPropertyValues(
                        "tandem.admin.token=a-long-enough-admin-token", "tandem.metrics.namespace=AWS/Tandem")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("tandem.metrics.namespace")
                        .hasMessageContaining("not start with AWS/"));
    }

    @Test
    void refusesAMetricsIntervalUnderASecond() {
        context.withPropertyValues("tandem.admin.token=a-long-enough-admin-token", "tandem.metrics.interval=0s")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("tandem.metrics.interval"));
    }
}
