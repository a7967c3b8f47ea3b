package dev.tandem.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class SqsBatchTest {

    private static final Context CONTEXT = LambdaFixtures.context(Duration.ofSeconds(30));

    private final SqsBatch batch = new SqsBatch("test-function");

    @Test
    void reportsOnlyTheMessagesWhoseWorkFailed() {
        SQSEvent event = LambdaFixtures.sqsEvent("batch-with-malformed-record.json");
        String poison = event.getRecords().get(1).getMessageId();
        List<String> processed = new ArrayList<>();

        SQSBatchResponse response = batch.process(event, CONTEXT, message -> {
            if (message.getMessageId().equals(poison)) {
                throw new IllegalArgumentException("cannot read this one");
            }
            processed.add(message.getMessageId());
        });

        assertThat(response.getBatchItemFailures())
                .extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(poison);
        assertThat(processed)
                .containsExactly(
                        event.getRecords().get(0).getMessageId(),
                        event.getRecords().get(2).getMessageId());
    }

    @Test
    void failsAMessageThatAsksToBeRetriedLater() {
        SQSEvent event = LambdaFixtures.sqsEvent("order-placed.json");

        SQSBatchResponse response = batch.process(event, CONTEXT, message -> {
            throw new RetryLaterException("busy");
        });

        assertThat(response.getBatchItemFailures()).hasSize(1);
    }

    @Test
    void givesEachMessageItsOwnLoggingContext() {
        SQSEvent event = LambdaFixtures.sqsEvent("batch-with-malformed-record.json");
        List<String> seen = new ArrayList<>();

        batch.process(event, CONTEXT, message -> {
            seen.add(MDC.get(SqsBatch.FUNCTION) + "/" + MDC.get(SqsBatch.MESSAGE_ID) + "/"
                    + MDC.get(SqsBatch.CORRELATION_ID));
            MDC.put(SqsBatch.CORRELATION_ID, "set-by-" + message.getMessageId());
        });

        assertThat(seen)
                .containsExactly(
                        "test-function/" + event.getRecords().get(0).getMessageId() + "/null",
                        "test-function/" + event.getRecords().get(1).getMessageId() + "/null",
                        "test-function/" + event.getRecords().get(2).getMessageId() + "/null");
        assertThat(MDC.get(SqsBatch.CORRELATION_ID)).isNull();
    }
}
