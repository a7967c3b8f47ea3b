package dev.tandem.localcloud.lambda.eventsource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.lambda.runtime.FunctionError;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchOutcomeTest {

    private static final Set<String> BATCH = Set.of("m-1", "m-2", "m-3");

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "{}", "{\"batchItemFailures\":[]}", "{\"batchItemFailures\":null}"})
    void treatsAnEmptyResponseOrAnEmptyFailureListAsFullSuccess(String response) {
        assertThat(outcome(response)).isInstanceOf(BatchOutcome.AllSucceeded.class);
    }

    @Test
    void keepsOnlyTheReportedMessagesForRetry() {
        BatchOutcome outcome = outcome("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-2\"}]}");

        assertThat(outcome).isEqualTo(new BatchOutcome.SomeFailed(Set.of("m-2")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "\"ok\"",
                "[]",
                "{\"batchItemFailures\":\"m-1\"}",
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"m-9\"}]}",
                "{\"batchItemFailures\":[{\"itemIdentifier\":\"\"}]}",
                "{\"batchItemFailures\":[{\"itemIdentifier\":null}]}",
                "{\"batchItemFailures\":[{\"itemId\":\"m-1\"}]}"
            })
    void failsTheWholeBatchForAResponseLambdaCannotUse(String response) {
        assertThat(outcome(response)).isInstanceOf(BatchOutcome.BatchFailed.class);
    }

    @Test
    void failsTheWholeBatchWhenTheFunctionFailed() {
        InvocationResult failure = new InvocationResult.Failure(
                "r-1", FunctionError.timedOut(Duration.ofSeconds(3)), Duration.ofSeconds(3));

        assertThat(BatchOutcome.of(failure, BATCH, true)).isInstanceOf(BatchOutcome.BatchFailed.class);
        assertThat(BatchOutcome.of(failure, BATCH, false)).isInstanceOf(BatchOutcome.BatchFailed.class);
    }

    @Test
    void ignoresReportedFailuresWhenTheMappingDoesNotAskForThem() {
        InvocationResult success = new InvocationResult.Success(
                "r-1", "{\"batchItemFailures\":[{\"itemIdentifier\":\"m-2\"}]}", Duration.ofMillis(5));

        assertThat(BatchOutcome.of(success, BATCH, false)).isInstanceOf(BatchOutcome.AllSucceeded.class);
    }

    @Test
    void carriesEveryReportedMessage() {
        BatchOutcome outcome =
                outcome("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"},{\"itemIdentifier\":\"m-3\"}]}");

        assertThat(outcome).isEqualTo(new BatchOutcome.SomeFailed(Set.of("m-1", "m-3")));
    }

    private static BatchOutcome outcome(String response) {
        return BatchOutcome.of(new InvocationResult.Success("r-1", response, Duration.ofMillis(5)), BATCH, true);
    }
}
