package dev.tandem.localcloud.faults;

import dev.tandem.localcloud.edge.fault.Fault;
import dev.tandem.localcloud.edge.fault.FaultSource;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The faults a drill has asked for, which the edge consults on every call. Rules are kept in the order they were
 * added; each call gets the delays of every rule that fires for it, then the error or drop of the first such rule
 * that has one. A later rule whose error or drop is thereby superseded still fires (and counts) for its delay, if it
 * has one, and is passed over otherwise, so that its {@code times} are kept for calls it can fail. Safe for
 * concurrent calls and concurrent changes.
 *
 * <p>Each rule's first firing is logged at INFO; after that, {@link #rules()} says how often each fired.
 */
public final class FaultPlan implements FaultSource {

    private static final Logger log = LoggerFactory.getLogger(FaultPlan.class);

    private final Clock clock;
    private final RandomGenerator random;
    private final Object randomLock = new Object();
    private final List<PlannedRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(1);

    /**
     * @param clock the time against which rules' windows are measured
     * @param random draws for rules with a probability below 1; seed it to make a drill repeatable. Only this plan
     *     uses it, under its own lock
     */
    public FaultPlan(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /** An empty plan on the system clock. */
    public FaultPlan() {
        this(Clock.systemUTC(), RandomGenerator.getDefault());
    }

    /**
     * A plan with the rules of a JSON file of the form {@code {"faults":[...]}}, added now.
     *
     * @throws IllegalArgumentException naming the file and the member that is not valid (its cause is the {@link
     *     InvalidFaultRuleException})
     */
    public static FaultPlan load(Path file) throws IOException {
        FaultPlan plan = new FaultPlan();
        try {
            plan.add(FaultRules.parse(Files.readString(file)));
        } catch (InvalidFaultRuleException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return plan;
    }

    /** Adds rules, whose windows start now; answers them with their ids, in order. */
    public List<ActiveFault> add(List<FaultRule> added) {
        Instant now = clock.instant();
        List<ActiveFault> answer = new ArrayList<>();
        for (FaultRule rule : added) {
            PlannedRule planned = new PlannedRule("f" + nextId.getAndIncrement(), rule, now);
            rules.add(planned);
            log.info("Fault rule {} added: {}", planned.id(), rule.describe());
            answer.add(planned.snapshot(now));
        }
        return answer;
    }

    /** Every rule, with how often it fired and where it is in its window, in the order added. */
    public List<ActiveFault> rules() {
        Instant now = clock.instant();
        return rules.stream().map(rule -> rule.snapshot(now)).toList();
    }

    /** Removes one rule; false if there is none with that id. */
    public boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
        log.info("Fault rules cleared");
    }

    @Override
    public List<Fault> faultsFor(Principal principal, Operation operation) {
        Instant now = clock.instant();
        List<Fault> delays = new ArrayList<>();
        Optional<Fault> ending = Optional.empty();
        for (PlannedRule planned : rules) {
            FaultRule rule = planned.rule();
            boolean wouldEnd = rule.ends() && ending.isEmpty();
            if ((!wouldEnd && rule.latency().isEmpty())
                    || !rule.matches(principal, operation)
                    || planned.phase(now) != ActiveFault.Phase.ACTIVE
                    || !drawn(rule.probability())
                    || !planned.claim()) {
                continue;
            }
            if (planned.firstFiring()) {
                log.info(
                        "Fault rule {} fires: {}, first on {}:{} by {}",
                        planned.id(),
                        rule.describe(),
                        operation.service(),
                        operation.name(),
                        principal.name());
            }
            for (Fault fault : rule.faults(wouldEnd)) {
                if (fault instanceof Fault.Delay) {
                    delays.add(fault);
                } else {
                    ending = Optional.of(fault);
                }
            }
        }
        ending.ifPresent(delays::add);
        return List.copyOf(delays);
    }

    private boolean drawn(double probability) {
        if (probability >= 1) {
            return true;
        }
        synchronized (randomLock) {
            return random.nextDouble() < probability;
        }
    }
}
