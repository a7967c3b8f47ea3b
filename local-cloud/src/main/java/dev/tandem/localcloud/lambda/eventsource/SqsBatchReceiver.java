package dev.tandem.localcloud.lambda.eventsource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Gathers one batch for an SQS event source mapping: up to {@code BatchSize} messages, received in
 * calls of at most ten, for at most the batching window after the first message arrived (a window
 * of zero means one receive). Every system attribute and message attribute is requested, so that
 * the event carries SQS's own values. Long polls are kept to a second, so a stopping mapping
 * never waits long for an answer it no longer wants.
 */
final class SqsBatchReceiver {

    static final int RECEIVE_LIMIT = 10;

    private static final int LONG_POLL_SECONDS = 1;
    private static final Duration SHORT_POLL_PAUSE = Duration.ofMillis(100);

    private final SqsClient sqs;
    private final SqsEventSourceDefinition definition;
    private final BooleanSupplier running;

    SqsBatchReceiver(SqsClient sqs, SqsEventSourceDefinition definition, BooleanSupplier running) {
        this.sqs = sqs;
        this.definition = definition;
        this.running = running;
    }

    List<Message> receiveBatch() {
        // By message id: a message whose visibility timeout ran out while the batch was gathered comes
        // again, and only its latest receipt handle can delete it.
        Map<String, Message> batch = new LinkedHashMap<>();
        receive(LONG_POLL_SECONDS, definition.batchSize()).forEach(message -> batch.put(message.messageId(), message));
        if (batch.isEmpty() || definition.maximumBatchingWindow().isZero()) {
            return List.copyOf(batch.values());
        }
        long windowEnds = System.nanoTime() + definition.maximumBatchingWindow().toNanos();
        while (running.getAsBoolean() && batch.size() < definition.batchSize()) {
            Duration remaining = Duration.ofNanos(windowEnds - System.nanoTime());
            if (remaining.isNegative() || remaining.isZero()) {
                break;
            }
            int waitSeconds = (int) Math.min(LONG_POLL_SECONDS, remaining.toSeconds());
            List<Message> more = receive(waitSeconds, definition.batchSize() - batch.size());
            more.forEach(message -> batch.put(message.messageId(), message));
            if (more.isEmpty() && waitSeconds == 0) {
                pauseUpTo(remaining);
            }
        }
        return List.copyOf(batch.values());
    }

    private List<Message> receive(int waitSeconds, int wanted) {
        return sqs.receiveMessage(request -> request.queueUrl(definition.queueUrl())
                        .maxNumberOfMessages(Math.min(RECEIVE_LIMIT, wanted))
                        .waitTimeSeconds(waitSeconds)
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All"))
                .messages();
    }

    private static void pauseUpTo(Duration remaining) {
        try {
            Thread.sleep(remaining.compareTo(SHORT_POLL_PAUSE) < 0 ? remaining : SHORT_POLL_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
