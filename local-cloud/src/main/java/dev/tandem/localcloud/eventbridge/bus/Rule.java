package dev.tandem.localcloud.eventbridge.bus;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A rule on a bus: an event pattern, whether it is enabled, and its targets in the order they were added. */
public record Rule(
        String name,
        String arn,
        String eventBusName,
        String eventPattern,
        RuleState state,
        Optional<String> description,
        List<RuleTarget> targets) {

    public Rule {
        targets = List.copyOf(targets);
    }

    Rule withTargets(List<RuleTarget> newTargets) {
        return new Rule(name, arn, eventBusName, eventPattern, state, description, newTargets);
    }

    /** The rule as {@code ListRules} describes it. */
    public ObjectNode toJson() {
        ObjectNode json = JsonMapper.shared().createObjectNode();
        json.put("Name", name);
        json.put("Arn", arn);
        json.put("EventPattern", eventPattern);
        json.put("State", state.name());
        description.ifPresent(text -> json.put("Description", text));
        json.put("EventBusName", eventBusName);
        return json;
    }
}
