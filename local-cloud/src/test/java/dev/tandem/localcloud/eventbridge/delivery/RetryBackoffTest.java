package dev.tandem.localcloud.eventbridge.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(100), Duration.ofMillis(1_000));

    @RepeatedTest(20)
    void waitsBetweenHalfAndAllOfTheDoubledStep() {
        assertThat(backoff.delayBefore(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(backoff.delayBefore(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @RepeatedTest(20)
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.delayBefore(50)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1_000));
    }

    @Test
    void refusesDelaysThatCannotBackOff() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
