package dev.tandem.catalog;

import dev.tandem.events.EventCodec;
import dev.tandem.events.OrderPlaced;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The stand-in for the payment-processor's queue: every {@code OrderPlaced} the service publishes
 * arrives here through the bus's rule. Reading drains the queue into a local record, so a test can
 * count how often each order was announced, ignoring other tests' orders.
 */
public final class PaymentJobsQueue {

    private static final EventCodec CODEC = new EventCodec();

    private final SqsClient sqs;
    private final String url;
    private final Map<String, List<OrderPlaced>> byOrderId = new ConcurrentHashMap<>();

    public PaymentJobsQueue(SqsClient sqs) {
        this.sqs = sqs;
        this.url = sqs.getQueueUrl(request -> request.queueName(LocalCloudResources.PAYMENT_JOBS_QUEUE))
                .queueUrl();
    }

    /** Every {@code OrderPlaced} received so far for {@code orderId}, after draining what has arrived. */
    public List<OrderPlaced> announcementsOf(String orderId) {
        drain();
        return List.copyOf(byOrderId.getOrDefault(orderId, List.of()));
    }

    private void drain() {
        List<Message> messages;
        do {
            messages = sqs.receiveMessage(request -> request.queueUrl(url).maxNumberOfMessages(10))
                    .messages();
            for (Message message : messages) {
                OrderPlaced event = (OrderPlaced) CODEC.fromEnvelope(message.body());
                byOrderId
                        .computeIfAbsent(event.orderId(), id -> new ArrayList<>())
                        .add(event);
                sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle()));
            }
        } while (!messages.isEmpty());
    }
}
