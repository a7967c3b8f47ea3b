package dev.tandem.localcloud.eventbridge.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event as a producer hands it to a bus: the fields of a {@code PutEvents} entry, with the time already
 * decided. Local services (S3's {@code Object Created}) publish these directly, without going through the HTTP
 * endpoint.
 *
 * @param eventBusName the bus, by name or by ARN
 * @param detail the event's detail as JSON text; it must be a JSON object
 */
public record EventEntry(
        String eventBusName, String source, String detailType, String detail, List<String> resources, Instant time) {

    public EventEntry {
        Objects.requireNonNull(eventBusName, "eventBusName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(detail, "detail");
        resources = List.copyOf(resources);
        Objects.requireNonNull(time, "time");
    }
}
