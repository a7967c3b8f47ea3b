package dev.tandem.localcloud.faults;

import dev.tandem.localcloud.edge.Fault;
import dev.tandem.localcloud.iam.Operation;
import dev.tandem.localcloud.iam.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which calls to disturb and how: the calls of one service, optionally only one operation and one caller, and
 * what to do to them (a delay, then an error or a dropped connection).
 *
 * <p>The window is relative to when the rule is added to a {@link FaultPlan}: it starts {@code after} then and lasts
 * {@code lasting} (open-ended if empty). {@code times} caps how many calls the rule disturbs; with a {@code
 * probability} of 1 those are the first {@code times} matching calls.
 *
 * @param service the IAM prefix of the service: {@code s3}, {@code sqs}, {@code dynamodb}, {@code events}, {@code
 *     cloudwatch} or {@code lambda}
 * @param action the operation's name, e.g. {@code GetObject}; empty for every operation
 * @param principal the caller's role name or ARN; empty for every caller
 * @param probability the chance, from 0 to 1, that a matching call in the window is disturbed
 * @param lasting how long the window lasts (written {@code for} in JSON)
 * @param error the error to answer with, as a rule names it (see {@link #errorReply()} for what the service sends)
 * @param drop whether to close the connection without an answer
 * @throws InvalidFaultRuleException naming the member that is not valid
 */
public record FaultRule(
        String service,
        Optional<String> action,
        Optional<String> principal,
        double probability,
        Duration after,
        Optional<Duration> lasting,
        OptionalInt times,
        Optional<Duration> latency,
        Optional<String> error,
        boolean drop) {

    public FaultRule {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(after, "after");
        if (!ServiceErrors.SERVICES.contains(service)) {
            throw new InvalidFaultRuleException(
                    "service",
                    "'" + service + "' is not one of "
                            + ServiceErrors.SERVICES.stream().sorted().toList());
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new InvalidFaultRuleException("probability", "must be between 0 and 1, was " + probability);
        }
        if (after.isNegative()) {
            throw new InvalidFaultRuleException("after", "must not be negative");
        }
        if (lasting.filter(duration -> duration.isNegative() || duration.isZero())
                .isPresent()) {
            throw new InvalidFaultRuleException("for", "must be longer than zero");
        }
        if (times.isPresent() && times.getAsInt() < 1) {
            throw new InvalidFaultRuleException("times", "must be at least 1, was " + times.getAsInt());
        }
        if (latency.filter(Duration::isNegative).isPresent()) {
            throw new InvalidFaultRuleException("latency", "must not be negative");
        }
        if (error.isPresent() && drop) {
            throw new InvalidFaultRuleException("drop", "a rule either answers with an error or drops, not both");
        }
        if (error.isEmpty() && !drop && latency.isEmpty()) {
            throw new InvalidFaultRuleException("error", "a rule needs an error, a latency or drop");
        }
        try {
            error.ifPresent(code -> ServiceErrors.reply(service, code));
        } catch (IllegalArgumentException e) {
            throw new InvalidFaultRuleException("error", e.getMessage());
        }
    }

    /** Fails every call of {@code service} with {@code error}, from now on: add limits with the {@code with} methods. */
    public static FaultRule error(String service, String error) {
        return new FaultRule(
                service,
                Optional.empty(),
                Optional.empty(),
                1,
                Duration.ZERO,
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                Optional.of(error),
                false);
    }

    /** This rule, for one operation only. */
    public FaultRule withAction(String operation) {
        return new FaultRule(
                service, Optional.of(operation), principal, probability, after, lasting, times, latency, error, drop);
    }

    /** This rule, for one caller only. */
    public FaultRule withPrincipal(String roleNameOrArn) {
        return new FaultRule(
                service, action, Optional.of(roleNameOrArn), probability, after, lasting, times, latency, error, drop);
    }

    /** This rule, for the first {@code count} calls it disturbs only. */
    public FaultRule withTimes(int count) {
        return new FaultRule(
                service, action, principal, probability, after, lasting, OptionalInt.of(count), latency, error, drop);
    }

    /** Whether the call is one this rule is about, whatever its window. */
    boolean matches(Principal caller, Operation operation) {
        return operation.service().equals(service)
                && action.map(operation.name()::equals).orElse(true)
                && principal
                        .map(name -> name.equals(caller.name()) || name.equals(caller.arn()))
                        .orElse(true);
    }

    /** The error reply the service sends, if this rule answers with one. */
    public Optional<Fault.ErrorReply> errorReply() {
        return error.map(code -> ServiceErrors.reply(service, code));
    }

    /** Whether the rule ends the call (with an error or by dropping it) rather than only delaying it. */
    boolean ends() {
        return error.isPresent() || drop;
    }

    /** What this rule does to a call: its delay, then its error or drop. */
    List<Fault> faults(boolean withEnding) {
        List<Fault> faults = new ArrayList<>(2);
        latency.ifPresent(delay -> faults.add(new Fault.Delay(delay)));
        if (withEnding) {
            errorReply().ifPresent(faults::add);
            if (drop) {
                faults.add(new Fault.Drop());
            }
        }
        return faults;
    }

    /** A short description for the log: {@code events PutEvents by any: InternalFailure (500)}. */
    String describe() {
        StringBuilder text = new StringBuilder(service)
                .append(' ')
                .append(action.orElse("*"))
                .append(" by ")
                .append(principal.orElse("anyone"))
                .append(":");
        latency.ifPresent(delay -> text.append(" +").append(Durations.format(delay)));
        errorReply().ifPresent(reply -> text.append(' ')
                .append(reply.code())
                .append(" (")
                .append(reply.status())
                .append(')'));
        if (drop) {
            text.append(" connection dropped");
        }
        return text.toString();
    }
}
