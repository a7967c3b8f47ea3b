package dev.tandem.localcloud.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.edge.fault.Fault;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultPlanTest {

    private static final Principal RESIZER = new Principal(
            Principal.Kind.ROLE, "arn:aws:iam::000000000000:role/tandem-image-resizer", "tandem-image-resizer");
    private static final Principal BACKEND =
            new Principal(Principal.Kind.ROLE, "arn:aws:iam::000000000000:role/tandem-backend", "tandem-backend");
    private static final Operation GET_OBJECT = operation("s3", "GetObject");
    private static final Operation PUT_OBJECT = operation("s3", "PutObject");
    private static final Operation PUT_EVENTS = operation("events", "PutEvents");

    private final SettableClock clock = new SettableClock();
    private final FaultPlan plan = new FaultPlan(clock, new SplittableRandom(7));

    @Test
    void injectsNothingWithoutRules() {
        assertThat(plan.faultsFor(RESIZER, GET_OBJECT)).isEmpty();
    }

    @Test
    void matchesTheServiceTheOperationAndTheCallerByRoleNameOrArn() {
        plan.add(List.of(
                FaultRule.error("s3", "InternalError").withAction("GetObject").withPrincipal("tandem-image-resizer")));
        plan.add(List.of(FaultRule.error("events", "InternalFailure").withPrincipal(BACKEND.arn())));

        assertThat(plan.faultsFor(RESIZER, GET_OBJECT))
                .containsExactly(new Fault.ErrorReply(
                        500, "InternalError", "We encountered an internal error. Please try again."));
        assertThat(plan.faultsFor(BACKEND, GET_OBJECT)).isEmpty();
        assertThat(plan.faultsFor(RESIZER, PUT_OBJECT)).isEmpty();
        assertThat(plan.faultsFor(BACKEND, PUT_EVENTS)).singleElement().isInstanceOf(Fault.ErrorReply.class);
        assertThat(plan.faultsFor(RESIZER, PUT_EVENTS)).isEmpty();
    }

    @Test
    void namesACallerWhoseRoleNameCloudFormationGeneratedWithAWildcard() {
        Principal payments = new Principal(
                Principal.Kind.ROLE,
                "arn:aws:iam::000000000000:role/sandbox-tandem-functions-PaymentProcessorRoleB4311C76-1A2B3C",
                "sandbox-tandem-payment-processor");
        plan.add(List.of(FaultRule.error("events", "InternalFailure").withPrincipal("*PaymentProcessorRole*")));

        assertThat(plan.faultsFor(payments, PUT_EVENTS)).singleElement().isInstanceOf(Fault.ErrorReply.class);
        assertThat(plan.faultsFor(BACKEND, PUT_EVENTS)).isEmpty();
    }

    @Test
    void crashesTheCallerOnlyAsOftenAsTheRuleSays() {
        plan.add(FaultRules.parse("""
                {"faults":[{"service":"events","action":"PutEvents","principal":"tandem-backend","crash":true,"times":1}]}"""));

        assertThat(plan.faultsFor(BACKEND, PUT_EVENTS)).containsExactly(new Fault.Crash());
        assertThat(plan.faultsFor(BACKEND, PUT_EVENTS)).isEmpty();
    }

    @Test
    void failsOnlyWithinTheWindowAfterTheRuleWasAdded() {
        plan.add(FaultRules.parse("""
                {"service":"events","action":"PutEvents","error":"InternalFailure","after":"5s","for":"30s"}"""));

        assertThat(plan.faultsFor(BACKEND, PUT_EVENTS)).isEmpty();
        assertThat(plan.rules().getFirst().phase()).isEqualTo(ActiveFault.Phase.PENDING);
        clock.advance(Duration.ofSeconds(5));
        assertThat(plan.faultsFor(BACKEND, PUT_EVENTS)).hasSize(1);
        clock.advance(Duration.ofMillis(29_999));
        assertThat(plan.faultsFor(BACKEND, PUT_EVENTS)).hasSize(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(plan.faultsFor(BACKEND, PUT_EVENTS)).isEmpty();
        assertThat(plan.rules().getFirst().phase()).isEqualTo(ActiveFault.Phase.OVER);
        assertThat(plan.rules().getFirst().fired()).isEqualTo(2);
    }

    @Test
    void failsOnlyTheFirstCallsItIsLimitedTo() {
        plan.add(List.of(FaultRule.error("s3", "SlowDown")
                .withAction("GetObject")
                .withPrincipal("tandem-image-resizer")
                .withTimes(2)));

        assertThat(plan.faultsFor(RESIZER, GET_OBJECT)).hasSize(1);
        assertThat(plan.faultsFor(BACKEND, GET_OBJECT)).isEmpty();
        assertThat(plan.faultsFor(RESIZER, GET_OBJECT)).hasSize(1);
        assertThat(plan.faultsFor(RESIZER, GET_OBJECT)).isEmpty();
        assertThat(plan.rules().getFirst().fired()).isEqualTo(2);
        assertThat(plan.rules().getFirst().phase()).isEqualTo(ActiveFault.Phase.OVER);
    }

    @Test
    void neverFailsMoreCallsThanItsLimitWhenCallsRaceForIt() {
        plan.add(List.of(FaultRule.error("s3", "SlowDown").withTimes(25)));
        AtomicInteger failed = new AtomicInteger();

        try (ExecutorService callers = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 1000)
                    .forEach(call -> callers.submit(() -> {
                        if (!plan.faultsFor(RESIZER, GET_OBJECT).isEmpty()) {
                            failed.incrementAndGet();
                        }
                    }));
        }

        assertThat(failed).hasValue(25);
        assertThat(plan.rules().getFirst().fired()).isEqualTo(25);
    }

    @Test
    void drawsFromTheSeededGeneratorSoThatADrillRepeats() {
        String rule = """
                {"service":"dynamodb","error":"ThrottlingException","probability":0.25}""";
        FaultPlan again = new FaultPlan(clock, new SplittableRandom(7));
        plan.add(FaultRules.parse(rule));
        again.add(FaultRules.parse(rule));
        Operation getItem = operation("dynamodb", "GetItem");

        List<Boolean> first = IntStream.range(0, 400)
                .mapToObj(call -> !plan.faultsFor(BACKEND, getItem).isEmpty())
                .toList();
        List<Boolean> second = IntStream.range(0, 400)
                .mapToObj(call -> !again.faultsFor(BACKEND, getItem).isEmpty())
                .toList();

        assertThat(second).isEqualTo(first);
        assertThat(plan.rules().getFirst().fired()).isBetween(60L, 140L);
    }

    @Test
    void appliesEveryDelayBeforeTheFirstEndingAndNoSecondEnding() {
        plan.add(FaultRules.parse("""
                {"faults":[
                  {"service":"dynamodb","latency":"2s"},
                  {"service":"dynamodb","action":"PutItem","error":"ProvisionedThroughputExceededException"},
                  {"service":"dynamodb","drop":true,"latency":"500ms"},
                  {"service":"dynamodb","error":"500"}
                ]}"""));

        assertThat(plan.faultsFor(BACKEND, operation("dynamodb", "PutItem")))
                .containsExactly(
                        new Fault.Delay(Duration.ofSeconds(2)),
                        new Fault.Delay(Duration.ofMillis(500)),
                        new Fault.ErrorReply(
                                400,
                                "ProvisionedThroughputExceededException",
                                "The level of configured provisioned throughput for the table was exceeded."));
        assertThat(plan.faultsFor(BACKEND, operation("dynamodb", "GetItem")))
                .containsExactly(
                        new Fault.Delay(Duration.ofSeconds(2)),
                        new Fault.Delay(Duration.ofMillis(500)),
                        new Fault.Drop());
        assertThat(plan.rules()).extracting(ActiveFault::fired).containsExactly(2L, 1L, 2L, 0L);
    }

    @Test
    void removesOneRuleOrAll() {
        List<ActiveFault> added = plan.add(
                List.of(FaultRule.error("s3", "InternalError"), FaultRule.error("events", "ThrottlingException")));

        assertThat(added).extracting(ActiveFault::id).doesNotHaveDuplicates();
        assertThat(plan.remove(added.getFirst().id())).isTrue();
        assertThat(plan.remove(added.getFirst().id())).isFalse();
        assertThat(plan.faultsFor(RESIZER, GET_OBJECT)).isEmpty();
        assertThat(plan.faultsFor(RESIZER, PUT_EVENTS)).hasSize(1);
        plan.clear();
        assertThat(plan.rules()).isEmpty();
        assertThat(plan.faultsFor(RESIZER, PUT_EVENTS)).isEmpty();
    }

    @Test
    void loadsTheRulesOfAStartUpFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("faults.json");
        Files.writeString(file, """
                {"faults":[{"service":"sqs","action":"SendMessage","error":"ThrottlingException","times":1}]}""");

        FaultPlan loaded = FaultPlan.load(file);

        assertThat(loaded.faultsFor(BACKEND, operation("sqs", "SendMessage")))
                .containsExactly(new Fault.ErrorReply(400, "ThrottlingException", "Rate exceeded"));
        assertThat(loaded.faultsFor(BACKEND, operation("sqs", "SendMessage"))).isEmpty();
    }

    private static Operation operation(String service, String name) {
        return new Operation(service, name, List.of(new Access(service + ":" + name, "*")));
    }
}
