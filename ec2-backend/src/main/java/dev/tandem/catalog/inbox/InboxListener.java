package dev.tandem.catalog.inbox;

import dev.tandem.catalog.ids.CorrelationIds;
import dev.tandem.events.EventCodec;
import dev.tandem.events.EventType;
import dev.tandem.events.InvalidEventException;
import dev.tandem.events.TandemEvent;
import io.awspring.cloud.sqs.annotation.SqsListener;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Receives the Lambda functions' results from the inbox queue (EventBridge envelopes, as a rule
 * delivers them) and hands each event to its {@link InboxHandler}, with the event's correlation
 * id in the MDC.
 *
 * <p>A message is deleted only when its handler returned. One that cannot be read, or whose event
 * this service does not handle, is left on the queue: it comes back after the visibility timeout,
 * and after the queue's maximum receive count the redrive policy moves it to the dead-letter queue
 * for someone to inspect. Messages are processed independently, so such a message never holds up
 * the others.
 */
@Component
class InboxListener {

    private static final Logger log = LoggerFactory.getLogger(InboxListener.class);

    private final EventCodec codec;
    private final Map<EventType, InboxHandler> handlers = new EnumMap<>(EventType.class);

    InboxListener(EventCodec codec, List<InboxHandler> handlers) {
        this.codec = codec;
        for (InboxHandler handler : handlers) {
            for (EventType type : handler.handles()) {
                if (this.handlers.putIfAbsent(type, handler) != null) {
                    throw new IllegalStateException("two inbox handlers for " + type);
                }
            }
        }
    }

    @SqsListener(queueNames = "${tandem.inbox.queue}")
    void receive(Message<String> message) {
        TandemEvent event;
        try {
            event = codec.fromEnvelope(message.getPayload());
        } catch (InvalidEventException e) {
            log.warn(
                    "Inbox message {} is not a readable event, leaving it for the dead-letter queue: {}",
                    message.getHeaders().getId(),
                    e.getMessage());
            throw e;
        }
        try (MDC.MDCCloseable _ = CorrelationIds.bind(event.correlationId())) {
            InboxHandler handler = handlers.get(event.type());
            if (handler == null) {
                log.warn(
                        "Inbox received {} {}, which this service does not handle; leaving it for the dead-letter queue",
                        event.type().detailType(),
                        event.eventId());
                throw new IllegalStateException("no inbox handler for " + event.type());
            }
            handler.apply(event);
            log.info("Handled {} {}", event.type().detailType(), event.eventId());
        }
    }
}
