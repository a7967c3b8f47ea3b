package dev.tandem.localcloud.eventbridge.routing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event once a bus has accepted it: the entry plus the id, account and region that EventBridge adds. {@link
 * #toJson()} is the envelope that rules match against and that SQS targets receive.
 */
record EventEnvelope(
        String id,
        String source,
        String detailType,
        String account,
        String region,
        Instant time,
        List<String> resources,
        JsonNode detail) {

    EventEnvelope {
        resources = List.copyOf(resources);
    }

    /**
     * Accepts an entry. Its detail must already be known to be a JSON object.
     *
     * @throws tools.jackson.core.JacksonException if the detail is not JSON
     */
    static EventEnvelope accept(EventEntry entry, String account, String region) {
        JsonNode detail = JsonMapper.shared().readTree(entry.detail());
        return new EventEnvelope(
                UUID.randomUUID().toString(),
                entry.source(),
                entry.detailType(),
                account,
                region,
                entry.time(),
                entry.resources(),
                detail);
    }

    /** The envelope in AWS's field order, with the time in whole seconds as AWS writes it. */
    ObjectNode toJson() {
        ObjectNode json = JsonMapper.shared().createObjectNode();
        json.put("version", "0");
        json.put("id", id);
        json.put("detail-type", detailType);
        json.put("source", source);
        json.put("account", account);
        json.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("region", region);
        resources.forEach(json.putArray("resources")::add);
        json.set("detail", detail);
        return json;
    }
}
