package dev.tandem.localcloud.eventbridge.api;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.bus.EventBus;
import dev.tandem.localcloud.eventbridge.bus.EventBuses;
import dev.tandem.localcloud.eventbridge.bus.RequestFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code CreateEventBus}, {@code DescribeEventBus} and {@code ListEventBuses}
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListEventBuses.html).
 */
public final class BusOperations {

    private final EventBuses buses;

    public BusOperations(EventBuses buses) {
        this.buses = buses;
    }

    public Map<String, AwsJsonEndpoint.Operation> byName() {
        return Map.of(
                "CreateEventBus", this::createEventBus,
                "DescribeEventBus", this::describeEventBus,
                "ListEventBuses", this::listEventBuses);
    }

    private JsonNode createEventBus(JsonNode request) {
        String name = RequestFields.requiredText(request, "Name");
        if (request.has("EventSourceName")) {
            throw EventBridgeException.validation("local-cloud does not support partner event buses");
        }
        EventBus bus = buses.create(name);
        return JsonMapper.shared().createObjectNode().put("EventBusArn", bus.arn());
    }

    private JsonNode describeEventBus(JsonNode request) {
        return describe(buses.get(RequestFields.optionalText(request, "Name").orElse(EventBuses.DEFAULT)));
    }

    /** Every bus, the default one included, a page at a time, as {@code DescribeEventBus} describes each. */
    private JsonNode listEventBuses(JsonNode request) {
        List<EventBus> listed =
                buses.list(RequestFields.optionalText(request, "NamePrefix").orElse(""));
        Page page = Page.of(listed.size(), request);
        ObjectNode response = JsonMapper.shared().createObjectNode();
        ArrayNode items = response.putArray("EventBuses");
        listed.subList(page.from(), page.to()).forEach(bus -> items.add(describe(bus)));
        page.nextToken().ifPresent(token -> response.put("NextToken", token));
        return response;
    }

    private static ObjectNode describe(EventBus bus) {
        ObjectNode description = JsonMapper.shared().createObjectNode();
        description.put("Name", bus.name());
        description.put("Arn", bus.arn());
        description.put("CreationTime", epochSeconds(bus.createdAt()));
        description.put("LastModifiedTime", epochSeconds(bus.createdAt()));
        return description;
    }

    /** AWS JSON 1.1 writes timestamps as seconds since the epoch, with a fraction. */
    private static double epochSeconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
