package dev.tandem.localcloud.eventbridge.routing;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.bus.EventBus;
import dev.tandem.localcloud.eventbridge.bus.EventBuses;
import dev.tandem.localcloud.eventbridge.bus.Rule;
import dev.tandem.localcloud.eventbridge.bus.RuleTarget;
import dev.tandem.localcloud.eventbridge.delivery.DeliveryAttempt;
import dev.tandem.localcloud.eventbridge.delivery.TargetDeliveries;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts accepted events on their bus: builds the envelope, asks the bus which enabled rules match it, and hands one
 * delivery per target of each matching rule to {@link TargetDeliveries}. Returns as soon as the deliveries are under
 * way, as {@code PutEvents} does on AWS.
 */
public final class EventRouter {

    private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

    private final EventBuses buses;
    private final TargetDeliveries deliveries;
    private final String accountId;
    private final String region;
    private final Clock clock;

    public EventRouter(EventBuses buses, TargetDeliveries deliveries, String accountId, String region, Clock clock) {
        this.buses = buses;
        this.deliveries = deliveries;
        this.accountId = accountId;
        this.region = region;
        this.clock = clock;
    }

    /**
     * Publishes one entry whose detail is known to be a JSON object.
     *
     * @return the event's id
     * @throws EventBridgeException if the entry's bus does not exist
     */
    public String publish(EventEntry entry) {
        EventBus bus = buses.get(entry.eventBusName());
        EventEnvelope event = EventEnvelope.accept(entry, accountId, region);
        ObjectNode envelope = event.toJson();
        var rules = bus.rulesMatching(JsonMapper.shared().writeValueAsString(envelope));
        log.debug(
                "Event {} ({} / {}) on bus {} matched {} rule(s)",
                event.id(),
                event.source(),
                event.detailType(),
                bus.name(),
                rules.size());
        Instant receivedAt = clock.instant();
        for (Rule rule : rules) {
            for (RuleTarget target : rule.targets()) {
                deliveries.start(new DeliveryAttempt(envelope, event.id(), rule, target, receivedAt, 0));
            }
        }
        return event.id();
    }
}
