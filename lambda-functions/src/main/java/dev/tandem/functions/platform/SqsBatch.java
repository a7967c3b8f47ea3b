package dev.tandem.functions.platform;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs a function's work on each message of an SQS batch and reports, as a partial batch
 * response, only the messages that failed: SQS deletes the others and redelivers these after the
 * visibility timeout, until the queue's redrive policy moves them to the dead-letter queue. One bad
 * message therefore never costs its neighbours a retry.
 *
 * <p>The event source mapping must enable {@code ReportBatchItemFailures}; without it Lambda would
 * treat the (successful) invocation as having processed the whole batch.
 */
public final class SqsBatch {

    /** MDC key: the function's name, on every log line. */
    public static final String FUNCTION = "function";

    /** MDC key: the Lambda invocation's request id, which its REPORT line in the log also carries. */
    public static final String REQUEST_ID = "awsRequestId";

    /** MDC key: the SQS message being processed. */
    public static final String MESSAGE_ID = "messageId";

    /** MDC key, set by the work once it has read the message: the correlation id of the event. */
    public static final String CORRELATION_ID = "correlationId";

    private static final Logger log = LoggerFactory.getLogger(SqsBatch.class);

    private final String functionName;

    public SqsBatch(String functionName) {
        this.functionName = functionName;
    }

    /** The work on one message; any exception fails that message alone. */
    @FunctionalInterface
    public interface MessageWork {
        void process(SQSEvent.SQSMessage message) throws Exception;
    }

    public SQSBatchResponse process(SQSEvent event, Context context, MessageWork work) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : messages) {
            MDC.put(FUNCTION, functionName);
            MDC.put(REQUEST_ID, context.getAwsRequestId());
            MDC.put(MESSAGE_ID, message.getMessageId());
            try {
                work.process(message);
            } catch (RetryLaterException e) {
                log.warn("Message will be retried: {}", e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } catch (Exception e) {
                log.error("Message failed; it will be retried, then dead-lettered", e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } finally {
                MDC.clear();
            }
        }
        return new SQSBatchResponse(failures);
    }
}
