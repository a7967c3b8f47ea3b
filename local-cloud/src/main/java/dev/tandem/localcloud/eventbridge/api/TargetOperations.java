package dev.tandem.localcloud.eventbridge.api;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.bus.EventBus;
import dev.tandem.localcloud.eventbridge.bus.EventBuses;
import dev.tandem.localcloud.eventbridge.bus.RequestFields;
import dev.tandem.localcloud.eventbridge.bus.RuleTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code PutTargets}, {@code ListTargetsByRule} and {@code RemoveTargets}. */
public final class TargetOperations {

    private static final int MAX_TARGETS_PER_RULE = 5;

    private final EventBuses buses;

    public TargetOperations(EventBuses buses) {
        this.buses = buses;
    }

    public Map<String, AwsJsonEndpoint.Operation> byName() {
        return Map.of(
                "PutTargets", this::putTargets,
                "ListTargetsByRule", this::listTargetsByRule,
                "RemoveTargets", this::removeTargets);
    }

    private JsonNode putTargets(JsonNode request) {
        String ruleName = RequestFields.requiredText(request, "Rule");
        List<JsonNode> entries = RequestFields.requiredList(request, "Targets");
        RequestFields.checkLength(entries, "Targets", 1, 10);
        EventBus bus = buses.get(RuleOperations.busName(request));
        List<RuleTarget> accepted = new ArrayList<>();
        ArrayNode failures = JsonMapper.shared().createArrayNode();
        for (JsonNode entry : entries) {
            try {
                accepted.add(deliverable(RuleTarget.from(entry)));
            } catch (IllegalArgumentException e) {
                failures.add(failure(entry.path("Id").asString(""), "ValidationException", e.getMessage()));
            }
        }
        bus.changeTargets(ruleName, current -> merge(current, accepted));
        ObjectNode response = JsonMapper.shared().createObjectNode();
        response.put("FailedEntryCount", failures.size());
        response.set("FailedEntries", failures);
        return response;
    }

    private JsonNode listTargetsByRule(JsonNode request) {
        String ruleName = RequestFields.requiredText(request, "Rule");
        EventBus bus = buses.get(RuleOperations.busName(request));
        List<RuleTarget> ruleTargets = bus.rule(ruleName)
                .orElseThrow(() -> EventBridgeException.notFound(
                        "Rule " + ruleName + " does not exist on EventBus " + bus.name() + "."))
                .targets();
        Page page = Page.of(ruleTargets.size(), request);
        ObjectNode response = JsonMapper.shared().createObjectNode();
        ArrayNode items = response.putArray("Targets");
        ruleTargets.subList(page.from(), page.to()).forEach(target -> items.add(target.definition()));
        page.nextToken().ifPresent(token -> response.put("NextToken", token));
        return response;
    }

    private JsonNode removeTargets(JsonNode request) {
        String ruleName = RequestFields.requiredText(request, "Rule");
        List<JsonNode> ids = RequestFields.requiredList(request, "Ids");
        RequestFields.checkLength(ids, "Ids", 1, 100);
        Set<String> removed = new HashSet<>();
        ids.forEach(id -> removed.add(id.asString()));
        buses.get(RuleOperations.busName(request)).changeTargets(ruleName, current -> current.stream()
                .filter(target -> !removed.contains(target.id()))
                .toList());
        return JsonMapper.shared()
                .createObjectNode()
                .put("FailedEntryCount", 0)
                .set("FailedEntries", JsonMapper.shared().createArrayNode());
    }

    /** A target local-cloud cannot deliver to would only ever fail; refuse it now instead. */
    private static RuleTarget deliverable(RuleTarget target) {
        if (!target.arn().service().equals("sqs")) {
            throw new IllegalArgumentException("local-cloud delivers only to SQS queues, not to '"
                    + target.arn().service() + "' targets");
        }
        return target;
    }

    /** Targets with an existing id replace it in place; new ones are appended, up to AWS's limit per rule. */
    private static List<RuleTarget> merge(List<RuleTarget> current, List<RuleTarget> added) {
        List<RuleTarget> merged = new ArrayList<>(current);
        for (RuleTarget target : added) {
            int existing = indexOf(merged, target.id());
            if (existing >= 0) {
                merged.set(existing, target);
            } else {
                merged.add(target);
            }
        }
        if (merged.size() > MAX_TARGETS_PER_RULE) {
            throw EventBridgeException.limitExceeded(
                    "The requested resource exceeds the maximum number allowed: a rule can have at most "
                            + MAX_TARGETS_PER_RULE + " targets.");
        }
        return merged;
    }

    private static int indexOf(List<RuleTarget> targets, String id) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static ObjectNode failure(String targetId, String code, String message) {
        return JsonMapper.shared()
                .createObjectNode()
                .put("TargetId", targetId)
                .put("ErrorCode", code)
                .put("ErrorMessage", message);
    }
}
