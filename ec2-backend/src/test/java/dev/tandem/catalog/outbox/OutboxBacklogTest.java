package dev.tandem.catalog.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxBacklogTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void measuresTheAgeFromTheOldestWaitingRecord() {
        OutboxBacklog backlog = new OutboxBacklog(3, Optional.of(NOW.minusSeconds(90)));

        assertThat(backlog.ageOfOldestAt(NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void hasNoAgeWhenNothingWaits() {
        assertThat(new OutboxBacklog(0, Optional.empty()).ageOfOldestAt(NOW)).isZero();
    }

    @Test
    void neverReportsANegativeAgeForARecordWrittenAfterTheMeasurementBegan() {
        OutboxBacklog backlog = new OutboxBacklog(1, Optional.of(NOW.plusMillis(5)));

        assertThat(backlog.ageOfOldestAt(NOW)).isZero();
    }
}
