package dev.tandem.localcloud.eventbridge.api;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.routing.EventEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules AWS applies to {@code PutEvents} entries: which entries fail on their own (and why), how large an
 * entry counts as, and how an accepted entry becomes an {@link EventEntry}.
 */
final class PutEventsEntries {

    /** AWS's limit on the summed size of a request's entries. */
    static final long MAX_REQUEST_SIZE = 256 * 1024;

    private static final int TIME_SIZE = 14;

    private PutEventsEntries() {}

    /** The first problem AWS would report for this entry, checked in AWS's order, or none. */
    static Optional<EntryError> problemWith(JsonNode entry) {
        for (String member : List.of("Source", "DetailType", "Detail")) {
            if (text(entry, member).isBlank()) {
                return Optional.of(EntryError.missing(member));
            }
        }
        if (!isJsonObject(text(entry, "Detail"))) {
            return Optional.of(EntryError.malformedDetail());
        }
        if (text(entry, "Source").startsWith("aws.")) {
            return Optional.of(EntryError.reservedSource());
        }
        return Optional.empty();
    }

    /**
     * An entry's size as AWS counts it against the request limit: the UTF-8 bytes of its source, detail type, detail
     * and resources, plus 14 bytes if it has a time.
     */
    static long size(JsonNode entry) {
        long size = entry.has("Time") ? TIME_SIZE : 0;
        for (String member : List.of("Source", "DetailType", "Detail")) {
            size += utf8Length(text(entry, member));
        }
        for (JsonNode resource : entry.path("Resources")) {
            size += utf8Length(resource.asString(""));
        }
        return size;
    }

    /** An accepted entry, on the bus it names, at the time it gives or else {@code now}. */
    static EventEntry toEventEntry(JsonNode entry, String busName, Instant now) {
        List<String> resources = new ArrayList<>();
        entry.path("Resources").forEach(resource -> resources.add(resource.asString("")));
        return new EventEntry(
                busName,
                text(entry, "Source"),
                text(entry, "DetailType"),
                text(entry, "Detail"),
                resources,
                time(entry.path("Time")).orElse(now));
    }

    /** AWS JSON 1.1 sends timestamps as seconds since the epoch; an ISO-8601 string is accepted too. */
    private static Optional<Instant> time(JsonNode time) {
        if (time.isNumber()) {
            return Optional.of(Instant.ofEpochMilli(Math.round(time.doubleValue() * 1000)));
        }
        if (time.isString()) {
            try {
                return Optional.of(Instant.parse(time.stringValue()));
            } catch (DateTimeParseException e) {
                throw EventBridgeException.serialization("Time '" + time.stringValue() + "' is not a timestamp");
            }
        }
        return Optional.empty();
    }

    private static boolean isJsonObject(String text) {
        try {
            return JsonMapper.shared().readTree(text).isObject();
        } catch (JacksonException e) {
            return false;
        }
    }

    private static String text(JsonNode entry, String member) {
        return entry.path(member).asString("");
    }

    private static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
