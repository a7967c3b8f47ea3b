package dev.tandem.localcloud.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AsyncInvokeConfigTest {

    @Test
    void waitsAMinuteThenTwoBeforeRetryingByDefault() {
        assertThat(AsyncInvokeConfig.DEFAULTS.delayBeforeRetry(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(AsyncInvokeConfig.DEFAULTS.delayBeforeRetry(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(AsyncInvokeConfig.DEFAULTS.maximumRetryAttempts()).isEqualTo(2);
    }

    @Test
    void refusesMoreRetriesThanLambdaAllows() {
        assertThatThrownBy(() -> new AsyncInvokeConfig(3, Duration.ofHours(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maximumRetryAttempts");
    }
}
