package dev.tandem.localcloud.faults;

import dev.tandem.localcloud.edge.fault.Fault;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * @param crash whether to kill the caller's process (a function's JVM, in the middle of its invocation) and drop
 *     the connection: what a crash or an out-of-memory kill does to a function on Lambda
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
        boolean drop,
        boolean crash) {

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
        if ((error.isPresent() ? 1 : 0) + (drop ? 1 : 0) + (crash ? 1 : 0) > 1) {
            throw new InvalidFaultRuleException(
                    crash ? "crash" : "drop", "a rule answers with an error, drops or crashes: one of them");
        }
        if (error.isEmpty() && !drop && !crash && latency.isEmpty()) {
            throw new InvalidFaultRuleException("error", "a rule needs an error, a latency, drop or crash");
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
                false,
                false);
    }

    /** This rule, for one operation only. */
    public FaultRule withAction(String operation) {
        return new FaultRule(
                service,
                Optional.of(operation),
                principal,
                probability,
                after,
                lasting,
                times,
                latency,
                error,
                drop,
                crash);
    }

    /** This rule, for one caller only. */
    public FaultRule withPrincipal(String roleNameOrArn) {
        return new FaultRule(
                service,
                action,
                Optional.of(roleNameOrArn),
                probability,
                after,
                lasting,
                times,
                latency,
                error,
                drop,
                crash);
    }

    /** This rule, for the first {@code count} calls it disturbs only. */
    public FaultRule withTimes(int count) {
        return new FaultRule(
                service,
                action,
                principal,
                probability,
                after,
                lasting,
                OptionalInt.of(count),
                latency,
                error,
                drop,
                crash);
    }

    /** Whether the call is one this rule is about, whatever its window. */
    boolean matches(Principal caller, Operation operation) {
        return operation.service().equals(service)
                && action.map(operation.name()::equals).orElse(true)
                && principal.map(pattern -> callerMatches(pattern, caller)).orElse(true);
    }

    /**
     * A caller is named by its role's name, its role's ARN or its session name (the function's name); {@code *} in
     * the rule stands for any characters, so {@code *PaymentProcessorRole*} names the role CloudFormation generated
     * a name for.
     */
    private static boolean callerMatches(String pattern, Principal caller) {
        String roleName = caller.arn().substring(caller.arn().lastIndexOf('/') + 1);
        return Stream.of(caller.name(), caller.arn(), roleName).anyMatch(name -> glob(pattern, name));
    }

    private static boolean glob(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        return text.matches(regex.substring(0, regex.length() - 2));
    }

    /** The error reply the service sends, if this rule answers with one. */
    public Optional<Fault.ErrorReply> errorReply() {
        return error.map(code -> ServiceErrors.reply(service, code));
    }

    /** Whether the rule ends the call (with an error or by dropping it) rather than only delaying it. */
    boolean ends() {
        return error.isPresent() || drop || crash;
    }

    /** What this rule does to a call: its delay, then its error, drop or crash. */
    List<Fault> faults(boolean withEnding) {
        List<Fault> faults = new ArrayList<>(2);
        latency.ifPresent(delay -> faults.add(new Fault.Delay(delay)));
        if (withEnding) {
            errorReply().ifPresent(faults::add);
            if (drop) {
                faults.add(new Fault.Drop());
            }
            if (crash) {
                faults.add(new Fault.Crash());
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
        if (crash) {
            text.append(" caller's process killed, connection dropped");
        }
        if (drop) {
            text.append(" connection dropped");
        }
        return text.toString();
    }
}
