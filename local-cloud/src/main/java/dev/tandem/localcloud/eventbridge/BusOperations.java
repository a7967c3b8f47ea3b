package dev.tandem.localcloud.eventbridge;

import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code CreateEventBus} and {@code DescribeEventBus}. */
final class BusOperations {

    private final EventBuses buses;

    BusOperations(EventBuses buses) {
        this.buses = buses;
    }

    Map<String, AwsJsonEndpoint.Operation> byName() {
        return Map.of("CreateEventBus", this::createEventBus, "DescribeEventBus", this::describeEventBus);
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
        EventBus bus = buses.get(RequestFields.optionalText(request, "Name").orElse(EventBuses.DEFAULT));
        ObjectNode response = JsonMapper.shared().createObjectNode();
        response.put("Name", bus.name());
        response.put("Arn", bus.arn());
        response.put("CreationTime", epochSeconds(bus.createdAt()));
        response.put("LastModifiedTime", epochSeconds(bus.createdAt()));
        return response;
    }

    /** AWS JSON 1.1 writes timestamps as seconds since the epoch, with a fraction. */
    private static double epochSeconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
