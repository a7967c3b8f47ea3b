package dev.tandem.localcloud.faults;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** A rule in a plan with its counter. Counting is lock-free, so that concurrent calls never exceed {@code times}. */
final class PlannedRule {

    private final String id;
    private final FaultRule rule;
    private final Instant addedAt;
    private final AtomicLong fired = new AtomicLong();
    private final AtomicBoolean announced = new AtomicBoolean();

    PlannedRule(String id, FaultRule rule, Instant addedAt) {
        this.id = id;
        this.rule = rule;
        this.addedAt = addedAt;
    }

    String id() {
        return id;
    }

    FaultRule rule() {
        return rule;
    }

    ActiveFault.Phase phase(Instant now) {
        Instant start = addedAt.plus(rule.after());
        if (now.isBefore(start)) {
            return ActiveFault.Phase.PENDING;
        }
        boolean windowOver = rule.lasting()
                .filter(length -> !now.isBefore(start.plus(length)))
                .isPresent();
        boolean spent = rule.times().isPresent() && fired.get() >= rule.times().getAsInt();
        return windowOver || spent ? ActiveFault.Phase.OVER : ActiveFault.Phase.ACTIVE;
    }

    /** Takes one of the rule's {@code times}, if any is left; counts the call either way it fires. */
    boolean claim() {
        if (rule.times().isEmpty()) {
            fired.incrementAndGet();
            return true;
        }
        long limit = rule.times().getAsInt();
        while (true) {
            long count = fired.get();
            if (count >= limit) {
                return false;
            }
            if (fired.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    /** True the first time only: the rule's activation, which is logged once rather than per call. */
    boolean firstFiring() {
        return announced.compareAndSet(false, true);
    }

    ActiveFault snapshot(Instant now) {
        return new ActiveFault(id, rule, addedAt, fired.get(), phase(now));
    }
}
