package dev.tandem.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The envelope EventBridge wraps around every event, as an SQS target receives it in its message
 * body. Tandem's own events and AWS's (such as S3's {@code Object Created}) share it; {@link
 * EventCodec#decode(EventEnvelope)} turns a Tandem event's {@code detail} into its record.
 */
public record EventEnvelope(
        String version,
        String id,
        @JsonProperty("detail-type") String detailType,
        String source,
        String account,
        Instant time,
        String region,
        List<String> resources,
        JsonNode detail) {

    public EventEnvelope {
        Fields.requiredText(id, "id");
        Fields.requiredText(detailType, "detail-type");
        Fields.requiredText(source, "source");
        Fields.required(detail, "detail");
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
