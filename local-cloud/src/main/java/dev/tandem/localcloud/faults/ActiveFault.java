package dev.tandem.localcloud.faults;

import java.time.Instant;

/**
 * A rule as a {@link FaultPlan} holds it: its id, when it was added, how many calls it has disturbed so far, and
 * where it is in its window.
 */
public record ActiveFault(String id, FaultRule rule, Instant addedAt, long fired, Phase phase) {

    /** Where a rule is in its window. */
    public enum Phase {
        /** Its window has not started yet ({@code after} has not passed). */
        PENDING,
        /** It disturbs the calls it matches. */
        ACTIVE,
        /** Its window has passed, or it has disturbed {@code times} calls: it will not fire again. */
        OVER
    }
}
