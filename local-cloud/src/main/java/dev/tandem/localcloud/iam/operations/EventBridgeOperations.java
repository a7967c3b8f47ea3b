package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * EventBridge's operations (AWS JSON 1.1, {@code x-amz-target: AWSEvents.<Operation>}) and their accesses, as
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html gives them:
 * {@code PutEvents} on each bus its entries name (the default bus when they name none), the rule operations on the
 * rule's ARN ({@code rule/<name>} on the default bus, {@code rule/<bus>/<name>} on another), the bus operations on
 * the bus, and the listings on no resource.
 */
final class EventBridgeOperations {

    private static final String DEFAULT_BUS = "default";
    private static final Set<String> RULE_BY_NAME =
            Set.of("PutRule", "DescribeRule", "DeleteRule", "EnableRule", "DisableRule");
    private static final Set<String> RULE_BY_RULE = Set.of("PutTargets", "RemoveTargets", "ListTargetsByRule");
    private static final Set<String> BUS_BY_NAME = Set.of("CreateEventBus", "DescribeEventBus", "DeleteEventBus");

    private final String region;
    private final String accountId;

    EventBridgeOperations(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    Operation resolve(AwsRequest request) {
        String name = RequestBodies.target(request);
        if (name.isEmpty()) {
            return OperationTable.unknown("events", "Unknown");
        }
        JsonNode body = RequestBodies.json(request);
        List<String> resources = new ArrayList<>();
        if (name.equals("PutEvents")) {
            Set<String> buses = new LinkedHashSet<>();
            body.path("Entries")
                    .values()
                    .forEach(entry -> buses.add(bus(entry.path("EventBusName").asString(""))));
            resources.addAll(buses.isEmpty() ? List.of(bus(DEFAULT_BUS)) : buses);
        } else if (RULE_BY_NAME.contains(name)) {
            resources.add(rule(
                    body.path("EventBusName").asString(""), body.path("Name").asString()));
        } else if (RULE_BY_RULE.contains(name)) {
            resources.add(rule(
                    body.path("EventBusName").asString(""), body.path("Rule").asString()));
        } else if (BUS_BY_NAME.contains(name)) {
            resources.add(bus(body.path("Name").asString("")));
        } else if (name.equals("CreateArchive") || name.equals("DescribeArchive") || name.equals("DeleteArchive")) {
            resources.add(arn("archive/" + body.path("ArchiveName").asString()));
        } else if (body.has("ResourceARN")) {
            resources.add(body.path("ResourceARN").asString());
        } else {
            // ListEventBuses, ListRules, TestEventPattern and the like act on no resource.
            resources.add("*");
        }
        return new Operation(
                "events",
                name,
                resources.stream().map(r -> new Access("events:" + name, r)).toList());
    }

    private String bus(String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            return nameOrArn;
        }
        return arn("event-bus/" + (nameOrArn.isEmpty() ? DEFAULT_BUS : nameOrArn));
    }

    private String rule(String busNameOrArn, String rule) {
        String bus = busNameOrArn.startsWith("arn:")
                ? busNameOrArn.substring(busNameOrArn.indexOf("event-bus/") + "event-bus/".length())
                : busNameOrArn;
        return arn("rule/" + (bus.isEmpty() || bus.equals(DEFAULT_BUS) ? rule : bus + "/" + rule));
    }

    private String arn(String resource) {
        return "arn:aws:events:" + region + ":" + accountId + ":" + resource;
    }
}
