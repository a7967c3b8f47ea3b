package dev.tandem.functions.platform;

import static org.awaitility.Awaitility.await;

import dev.tandem.events.EventCodec;
import dev.tandem.events.EventEnvelope;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A bus of its own for one test class, with a rule that routes a function's results (by their
 * {@code source}) to an SQS queue, as the catalog's inbox receives them on AWS. Tests read the
 * results from the queue, so they see what EventBridge accepted and delivered, envelope included.
 */
public final class ResultQueue {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final SqsClient sqs;
    private final EventCodec codec = new EventCodec();
    private final String busName;
    private final String queueUrl;
    private final List<EventEnvelope> received = new CopyOnWriteArrayList<>();

    private ResultQueue(SqsClient sqs, String busName, String queueUrl) {
        this.sqs = sqs;
        this.busName = busName;
        this.queueUrl = queueUrl;
    }

    /** Creates a bus, a queue, and a rule on the bus that sends events from {@code source} to the queue. */
    public static ResultQueue create(EventBridgeClient eventBridge, SqsClient sqs, String source) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String busName = "tandem-" + suffix;
        eventBridge.createEventBus(request -> request.name(busName));
        String queueUrl = sqs.createQueue(request -> request.queueName("results-" + suffix))
                .queueUrl();
        String queueArn = sqs.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        eventBridge.putRule(request ->
                request.eventBusName(busName).name("results").eventPattern("{\"source\":[\"" + source + "\"]}"));
        eventBridge.putTargets(
                request -> request.eventBusName(busName).rule("results").targets(target -> target.id("results-queue")
                        .arn(queueArn)));
        return new ResultQueue(sqs, busName, queueUrl);
    }

    public String busName() {
        return busName;
    }

    /** Every result delivered so far that matches, once at least {@code count} have arrived. */
    public List<EventEnvelope> awaitResults(int count, Predicate<EventEnvelope> matching) {
        return await().atMost(DEADLINE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> poll(matching), results -> results.size() >= count);
    }

    /** The one result that matches, waiting for it to arrive. */
    public EventEnvelope awaitResult(Predicate<EventEnvelope> matching) {
        return awaitResults(1, matching).getFirst();
    }

    /** What has arrived that matches, without waiting for more. */
    public List<EventEnvelope> poll(Predicate<EventEnvelope> matching) {
        List<Message> messages = sqs.receiveMessage(request ->
                        request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
                .messages();
        for (Message message : messages) {
            received.add(codec.readEnvelope(message.body()));
            sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
        return received.stream().filter(matching).toList();
    }

    /** Matches results whose detail has the given text field value, e.g. {@code orderId}. */
    public static Predicate<EventEnvelope> detail(String field, String value) {
        return envelope -> value.equals(envelope.detail().path(field).asString(null));
    }
}
