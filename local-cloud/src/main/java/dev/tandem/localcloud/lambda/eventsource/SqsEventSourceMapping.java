package dev.tandem.localcloud.lambda.eventsource;

import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * An SQS event source mapping: pollers that each receive a batch, invoke the function with it
 * synchronously and delete what succeeded. As many pollers as the mapping's maximum concurrency
 * (capped at the function's), so that many batches may be in flight. Nothing is deleted for a
 * batch that failed: its messages come back after the queue's visibility timeout, and the queue's
 * redrive policy moves them to its dead-letter queue after {@code maxReceiveCount} receives.
 */
public final class SqsEventSourceMapping implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SqsEventSourceMapping.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    private static final Duration ERROR_PAUSE = Duration.ofSeconds(1);

    private final SqsEventSourceDefinition definition;
    private final SqsClient sqs;
    private final BiFunction<String, String, InvocationResult> function;
    private final String region;
    private final SqsBatchReceiver receiver;
    private final List<Thread> pollers;
    private volatile boolean running = true;

    /**
     * @param function invokes the function synchronously with a request id and a payload
     * @param pollers how many batches may be in flight at once
     */
    public SqsEventSourceMapping(
            SqsEventSourceDefinition definition,
            SqsClient sqs,
            BiFunction<String, String, InvocationResult> function,
            String region,
            int pollers) {
        this.definition = definition;
        this.sqs = sqs;
        this.function = function;
        this.region = region;
        this.receiver = new SqsBatchReceiver(sqs, definition, () -> running);
        this.pollers = IntStream.range(0, pollers)
                .mapToObj(index -> Thread.ofVirtual()
                        .name(definition.functionName() + "-sqs-poller-" + index)
                        .start(this::poll))
                .toList();
    }

    private void poll() {
        while (running) {
            try {
                List<Message> batch = receiver.receiveBatch();
                if (!batch.isEmpty()) {
                    process(batch);
                }
            } catch (RuntimeException e) {
                // Whatever went wrong with one batch, the mapping keeps polling, as Lambda's pollers do.
                if (!running) {
                    return;
                }
                log.warn("{} cannot poll {}: {}", definition.functionName(), definition.queueUrl(), e.toString());
                pause();
            }
        }
    }

    private void process(List<Message> batch) {
        Set<String> messageIds = batch.stream().map(Message::messageId).collect(Collectors.toSet());
        String event = SqsEventJson.event(batch, definition.queueArn(), region);
        InvocationResult result = function.apply(UUID.randomUUID().toString(), event);
        List<Message> succeeded =
                switch (BatchOutcome.of(result, messageIds, definition.reportBatchItemFailures())) {
                    case BatchOutcome.AllSucceeded all -> batch;
                    case BatchOutcome.SomeFailed some -> {
                        log.info(
                                "{}: {} of {} messages failed and stay on the queue: {}",
                                definition.functionName(),
                                some.failedMessageIds().size(),
                                batch.size(),
                                some.failedMessageIds());
                        yield batch.stream()
                                .filter(message -> !some.failedMessageIds().contains(message.messageId()))
                                .toList();
                    }
                    case BatchOutcome.BatchFailed failed -> {
                        log.warn(
                                "{}: batch of {} messages failed and stays on the queue: {}",
                                definition.functionName(),
                                batch.size(),
                                failed.reason());
                        yield List.of();
                    }
                };
        delete(succeeded);
    }

    private void delete(List<Message> messages) {
        for (int from = 0; from < messages.size(); from += SqsBatchReceiver.RECEIVE_LIMIT) {
            List<Message> chunk =
                    messages.subList(from, Math.min(messages.size(), from + SqsBatchReceiver.RECEIVE_LIMIT));
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int index = 0; index < chunk.size(); index++) {
                entries.add(DeleteMessageBatchRequestEntry.builder()
                        .id("m" + index)
                        .receiptHandle(chunk.get(index).receiptHandle())
                        .build());
            }
            sqs.deleteMessageBatch(
                            request -> request.queueUrl(definition.queueUrl()).entries(entries))
                    .failed()
                    .forEach(failure -> log.warn(
                            "{}: could not delete a message from {}: {}",
                            definition.functionName(),
                            definition.queueUrl(),
                            failure.message()));
        }
    }

    private void pause() {
        try {
            Thread.sleep(ERROR_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops polling; a batch in flight is abandoned undeleted, so its messages come back to the queue. */
    @Override
    public void close() {
        running = false;
        pollers.forEach(Thread::interrupt);
        for (Thread poller : pollers) {
            try {
                if (!poller.join(STOP_WAIT)) {
                    log.warn(
                            "{} poller {} did not stop within {}",
                            definition.functionName(),
                            poller.getName(),
                            STOP_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
