package dev.tandem.catalog.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the outbox relay has left to do at one moment: how many records wait to be published, and
 * when the oldest of them was written. A backlog that is not drained within seconds means the bus
 * is failing or the relay is not running.
 *
 * @param oldestCreatedAt when the oldest waiting record was written; empty when none waits
 */
record OutboxBacklog(long pendingRecords, Optional<Instant> oldestCreatedAt) {

    /**
     * How long the oldest waiting record had waited at {@code at}; zero when none waits, and never
     * negative (a record written after {@code at} but before the query counts as new).
     */
    Duration ageOfOldestAt(Instant at) {
        return oldestCreatedAt
                .map(createdAt -> Duration.between(createdAt, at))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
    }
}
