package dev.tandem.localcloud.eventbridge;

import dev.tandem.localcloud.eventbridge.api.AwsJsonEndpoint;
import dev.tandem.localcloud.eventbridge.api.BusOperations;
import dev.tandem.localcloud.eventbridge.api.PatternTestOperation;
import dev.tandem.localcloud.eventbridge.api.PutEventsOperation;
import dev.tandem.localcloud.eventbridge.api.RuleOperations;
import dev.tandem.localcloud.eventbridge.api.TargetOperations;
import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.bus.EventBuses;
import dev.tandem.localcloud.eventbridge.delivery.RetryBackoff;
import dev.tandem.localcloud.eventbridge.delivery.SqsTargetSender;
import dev.tandem.localcloud.eventbridge.delivery.TargetDeliveries;
import dev.tandem.localcloud.eventbridge.routing.EventEntry;
import dev.tandem.localcloud.eventbridge.routing.EventRouter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.core.JacksonException;

/**
 * A local EventBridge for one account and region: an AWS JSON 1.1 endpoint that the unmodified SDK {@code
 * EventBridgeClient} talks to, rules matched by AWS's Event Ruler, and delivery to SQS targets with retries and
 * dead-letter queues.
 *
 * <p>Supported operations: {@code CreateEventBus}, {@code DescribeEventBus}, {@code ListEventBuses}, {@code PutRule},
 * {@code ListRules}, {@code DeleteRule}, {@code TestEventPattern}, {@code PutTargets}, {@code ListTargetsByRule},
 * {@code RemoveTargets} and {@code PutEvents}.
 * Not supported: scheduled rules, archives and replays, partner buses, target input transformations
 * ({@code Input}, {@code InputPath}, {@code InputTransformer}: the template's targets receive the whole event), and
 * targets other than SQS queues, the only ones the template's rules have. The edge checks request signatures.
 */
public final class EventBridgeEmulator implements AutoCloseable {

    private final TargetDeliveries deliveries;
    private final EventRouter router;
    private final AwsJsonEndpoint endpoint;

    private EventBridgeEmulator(TargetDeliveries deliveries, EventRouter router, AwsJsonEndpoint endpoint) {
        this.deliveries = deliveries;
        this.router = router;
        this.endpoint = endpoint;
    }

    /**
     * Starts the endpoint on a free loopback port.
     *
     * @param sqs a client of the local SQS endpoint, through which events reach SQS targets and dead-letter queues;
     *     the caller closes it after this emulator
     */
    public static EventBridgeEmulator start(String region, String accountId, RetryBackoff backoff, SqsClient sqs) {
        return start(region, accountId, backoff, sqs, sqs);
    }

    /**
     * Starts the endpoint on a free loopback port, sending to queues as one principal and looking their URLs up as
     * another: EventBridge on AWS sends with the queue policy's blessing and needs no {@code GetQueueUrl}, which only
     * this emulator calls, so that lookup must not be judged by the queue's policy.
     *
     * @param senders the client that sends events to targets and dead-letter queues
     * @param lookups the client that finds a queue's URL from its ARN
     */
    public static EventBridgeEmulator start(
            String region, String accountId, RetryBackoff backoff, SqsClient senders, SqsClient lookups) {
        Clock clock = Clock.systemUTC();
        EventBuses buses = new EventBuses(region, accountId, clock);
        SqsTargetSender sqsTarget = new SqsTargetSender(senders, lookups);
        TargetDeliveries deliveries = new TargetDeliveries(sqsTarget, sqsTarget, backoff, clock);
        EventRouter router = new EventRouter(buses, deliveries, accountId, region, clock);
        Map<String, AwsJsonEndpoint.Operation> operations = new HashMap<>();
        operations.putAll(new BusOperations(buses).byName());
        operations.putAll(new RuleOperations(buses).byName());
        operations.putAll(new TargetOperations(buses).byName());
        operations.put("PutEvents", new PutEventsOperation(buses, router, clock));
        operations.put("TestEventPattern", new PatternTestOperation());
        try {
            return new EventBridgeEmulator(deliveries, router, new AwsJsonEndpoint(operations));
        } catch (IOException e) {
            deliveries.close();
            throw new UncheckedIOException("Could not start the local EventBridge endpoint", e);
        }
    }

    public URI endpoint() {
        return endpoint.uri();
    }

    /**
     * Puts an event on a bus without going through the HTTP endpoint, as AWS services do (S3 publishes {@code Object
     * Created} this way). Unlike {@code PutEvents}, sources under {@code aws.} are allowed.
     *
     * @return the event's id
     * @throws IllegalArgumentException if the entry's detail is not a JSON object or its bus does not exist
     */
    public String publish(EventEntry entry) {
        try {
            return router.publish(entry);
        } catch (EventBridgeException | JacksonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        endpoint.close();
        deliveries.close();
    }
}
