package dev.tandem.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Tandem events into the JSON of an EventBridge {@code detail} and back, and reads the
 * EventBridge envelope in which Lambda and SQS deliver them.
 *
 * <p>Reading is strict where it protects the receiver and lenient where it protects the sender:
 * every field a record declares must be present (a missing one is an {@link InvalidEventException}
 * that names it), and the schema {@code version} must be one this code understands; fields it does
 * not know are ignored, so a producer can add a field before every consumer has been redeployed.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class EventCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The JSON to put in a {@code PutEvents} entry's {@code Detail}. */
    public String toDetail(TandemEvent event) {
        return mapper.writeValueAsString(event);
    }

    /** Reads a {@code detail} whose type the caller already knows. */
    public <T extends TandemEvent> T fromDetail(String detailJson, Class<T> type) {
        try {
            return mapper.readValue(detailJson, type);
        } catch (JacksonException e) {
            throw invalid(type.getSimpleName(), e);
        }
    }

    /** Reads the envelope of a message body that an EventBridge rule delivered to SQS. */
    public EventEnvelope readEnvelope(String envelopeJson) {
        try {
            return mapper.readValue(envelopeJson, EventEnvelope.class);
        } catch (JacksonException e) {
            throw invalid("EventBridge envelope", e);
        }
    }

    /** Decodes the Tandem event inside an envelope, chosen by its {@code detail-type}. */
    public TandemEvent decode(EventEnvelope envelope) {
        EventType type = EventType.forDetailType(envelope.detailType())
                .orElseThrow(() -> new InvalidEventException(
                        "unknown detail-type '" + envelope.detailType() + "'", "detail-type", null));
        try {
            return mapper.treeToValue(envelope.detail(), type.recordType());
        } catch (JacksonException e) {
            throw invalid(type.detailType(), e);
        }
    }

    /** Shorthand for {@link #decode(EventEnvelope)} of {@link #readEnvelope(String)}. */
    public TandemEvent fromEnvelope(String envelopeJson) {
        return decode(readEnvelope(envelopeJson));
    }

    /** Parses JSON into a tree, for callers that read AWS's own event details (such as S3's). */
    public JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            throw invalid("JSON document", e);
        }
    }

    private static InvalidEventException invalid(String what, JacksonException e) {
        String path = JsonPaths.of(e.getPath());
        // A compact constructor's own message ("missing required field 'orderId'") is clearer
        // than Jackson's wrapper around it.
        String reason = e instanceof ValueInstantiationException && e.getCause() != null
                ? e.getCause().getMessage()
                : e.getOriginalMessage();
        String where = path.isEmpty() ? "" : " at '" + path + "'";
        return new InvalidEventException(
                what + " is invalid" + where + ": " + reason, JsonPaths.field(path, reason), e);
    }
}
