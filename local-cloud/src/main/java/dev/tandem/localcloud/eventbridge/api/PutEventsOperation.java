package dev.tandem.localcloud.eventbridge.api;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.bus.EventBuses;
import dev.tandem.localcloud.eventbridge.bus.RequestFields;
import dev.tandem.localcloud.eventbridge.routing.EventRouter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PutEvents}: up to ten entries, each accepted or refused on its own. The answer lists one result per entry,
 * in request order, with an {@code EventId} or an {@code ErrorCode}, and counts the refused ones in {@code
 * FailedEntryCount}. Only a malformed request as a whole (no entries, more than ten, over 256 KB) fails the call.
 */
public final class PutEventsOperation implements AwsJsonEndpoint.Operation {

    private final EventBuses buses;
    private final EventRouter router;
    private final Clock clock;

    public PutEventsOperation(EventBuses buses, EventRouter router, Clock clock) {
        this.buses = buses;
        this.router = router;
        this.clock = clock;
    }

    @Override
    public JsonNode handle(JsonNode request) {
        List<JsonNode> entries = RequestFields.requiredList(request, "Entries");
        RequestFields.checkLength(entries, "Entries", 1, 10);
        long size = entries.stream().mapToLong(PutEventsEntries::size).sum();
        if (size > PutEventsEntries.MAX_REQUEST_SIZE) {
            throw EventBridgeException.validation("Total size of the entries in the request is over the limit.");
        }
        ObjectNode response = JsonMapper.shared().createObjectNode();
        ArrayNode results = JsonMapper.shared().createArrayNode();
        int failed = 0;
        for (JsonNode entry : entries) {
            ObjectNode result = put(entry);
            failed += result.has("ErrorCode") ? 1 : 0;
            results.add(result);
        }
        response.put("FailedEntryCount", failed);
        response.set("Entries", results);
        return response;
    }

    private ObjectNode put(JsonNode entry) {
        String busName = entry.path("EventBusName").asString(EventBuses.DEFAULT);
        Optional<EntryError> problem = PutEventsEntries.problemWith(entry).or(() -> unknownBus(busName));
        if (problem.isPresent()) {
            return problem.get().toJson();
        }
        String eventId = router.publish(PutEventsEntries.toEventEntry(entry, busName, clock.instant()));
        return JsonMapper.shared().createObjectNode().put("EventId", eventId);
    }

    private Optional<EntryError> unknownBus(String busName) {
        try {
            buses.get(busName);
            return Optional.empty();
        } catch (EventBridgeException e) {
            return Optional.of(EntryError.unknownBus(busName));
        }
    }
}
