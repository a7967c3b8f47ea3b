package dev.tandem.events;

import java.time.Instant;
import java.util.List;

/**
 * Checks shared by the records' compact constructors. A violation is an {@link
 * IllegalArgumentException} whose message names the field, so that {@link EventCodec} can report
 * which field of a received event is wrong.
 */
final class Fields {

    private Fields() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' must not be blank");
        }
        return value;
    }

    /** An immutable copy of a required list, refusing null elements by their index. */
    static <T> List<T> requiredList(List<T> value, String field) {
        required(value, field);
        for (int i = 0; i < value.size(); i++) {
            required(value.get(i), field + "[" + i + "]");
        }
        return List.copyOf(value);
    }

    /** The four header fields every {@link TandemEvent} carries. */
    static void header(String eventId, Instant occurredAt, String correlationId, int version, int supported) {
        requiredText(eventId, "eventId");
        required(occurredAt, "occurredAt");
        requiredText(correlationId, "correlationId");
        if (version != supported) {
            throw new IllegalArgumentException(
                    "field 'version' is " + version + " but only version " + supported + " is understood");
        }
    }
}
