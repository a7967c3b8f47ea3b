package dev.tandem.functions.platform;

import dev.tandem.events.EventCodec;
import dev.tandem.events.EventType;
import dev.tandem.events.TandemEvent;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Puts a function's result event on the Tandem bus, under the {@code source} and {@code
 * detail-type} its {@link EventType} defines.
 *
 * <p>{@code PutEvents} answers HTTP 200 even when it rejected an entry; the rejection is only in
 * {@code FailedEntryCount}. A rejected entry is turned into a {@link RetryLaterException}, so the
 * message that caused it fails and is processed again rather than losing its result.
 */
public final class EventBusPublisher {

    private final EventBridgeClient eventBridge;
    private final String busName;
    private final EventCodec codec;

    public EventBusPublisher(EventBridgeClient eventBridge, String busName, EventCodec codec) {
        this.eventBridge = eventBridge;
        this.busName = busName;
        this.codec = codec;
    }

    public void publish(TandemEvent event) {
        EventType type = event.type();
        PutEventsResponse response = eventBridge.putEvents(request -> request.entries(PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(type.source())
                .detailType(type.detailType())
                .detail(codec.toDetail(event))
                .build()));
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            PutEventsResultEntry entry = response.entries().isEmpty()
                    ? PutEventsResultEntry.builder().build()
                    : response.entries().getFirst();
            throw new RetryLaterException("EventBridge did not accept " + type.detailType() + " " + event.eventId()
                    + ": " + entry.errorCode() + " " + entry.errorMessage());
        }
    }
}
