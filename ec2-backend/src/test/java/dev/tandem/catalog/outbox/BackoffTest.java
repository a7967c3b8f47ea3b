package dev.tandem.catalog.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    @RepeatedTest(20)
    void doublesTheCeilingAfterEachFailureAndJittersBelowIt() {
        assertThat(backoff.nextDelayAfterFailure()).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(backoff.nextDelayAfterFailure()).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(backoff.nextDelayAfterFailure()).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(backoff.consecutiveFailures()).isEqualTo(3);
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.nextDelayAfterFailure()).isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
        assertThat(backoff.nextDelayAfterFailure()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void startsOverAfterASuccess() {
        backoff.nextDelayAfterFailure();
        backoff.nextDelayAfterFailure();
        backoff.nextDelayAfterFailure();

        backoff.reset();

        assertThat(backoff.consecutiveFailures()).isZero();
        assertThat(backoff.nextDelayAfterFailure()).isLessThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void refusesAMaximumBelowTheInitialPause() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
