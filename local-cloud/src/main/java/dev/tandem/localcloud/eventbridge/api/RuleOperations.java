package dev.tandem.localcloud.eventbridge.api;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.bus.EventBus;
import dev.tandem.localcloud.eventbridge.bus.EventBuses;
import dev.tandem.localcloud.eventbridge.bus.RequestFields;
import dev.tandem.localcloud.eventbridge.bus.Rule;
import dev.tandem.localcloud.eventbridge.bus.RuleState;
import java.util.List;
import java.util.Map;
import software.amazon.event.ruler.JsonRuleCompiler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code PutRule}, {@code ListRules} and {@code DeleteRule}. */
public final class RuleOperations {

    private final EventBuses buses;

    public RuleOperations(EventBuses buses) {
        this.buses = buses;
    }

    public Map<String, AwsJsonEndpoint.Operation> byName() {
        return Map.of("PutRule", this::putRule, "ListRules", this::listRules, "DeleteRule", this::deleteRule);
    }

    private JsonNode putRule(JsonNode request) {
        String name = RequestFields.requiredText(request, "Name");
        EventBus bus = buses.get(busName(request));
        if (request.has("ScheduleExpression")) {
            throw EventBridgeException.validation(
                    "local-cloud does not run scheduled rules; give the rule an EventPattern instead");
        }
        String pattern = RequestFields.optionalText(request, "EventPattern")
                .orElseThrow(() -> EventBridgeException.validation(
                        "Parameter(s) EventPattern or ScheduleExpression must be specified."));
        checkPattern(pattern);
        RuleState state =
                RuleState.parse(RequestFields.optionalText(request, "State").orElse(RuleState.ENABLED.name()));
        Rule rule = new Rule(
                name,
                buses.ruleArn(bus, name),
                bus.name(),
                pattern,
                state,
                RequestFields.optionalText(request, "Description"),
                List.of());
        return JsonMapper.shared()
                .createObjectNode()
                .put("RuleArn", bus.putRule(rule).arn());
    }

    private JsonNode listRules(JsonNode request) {
        EventBus bus = buses.get(busName(request));
        List<Rule> rules =
                bus.rules(RequestFields.optionalText(request, "NamePrefix").orElse(""));
        Page page = Page.of(rules.size(), request);
        ObjectNode response = JsonMapper.shared().createObjectNode();
        ArrayNode items = response.putArray("Rules");
        rules.subList(page.from(), page.to()).forEach(rule -> items.add(rule.toJson()));
        page.nextToken().ifPresent(token -> response.put("NextToken", token));
        return response;
    }

    private JsonNode deleteRule(JsonNode request) {
        String name = RequestFields.requiredText(request, "Name");
        buses.get(busName(request)).deleteRule(name);
        return JsonMapper.shared().createObjectNode();
    }

    /** Rejects patterns that are not JSON objects or that Event Ruler, and so EventBridge, would not accept. */
    static void checkPattern(String pattern) {
        try {
            if (!JsonMapper.shared().readTree(pattern).isObject()) {
                throw EventBridgeException.invalidPattern("Filter is not an object");
            }
        } catch (JacksonException e) {
            throw EventBridgeException.invalidPattern("Filter is not valid JSON");
        }
        String problem = JsonRuleCompiler.check(pattern);
        if (problem != null) {
            throw EventBridgeException.invalidPattern(problem);
        }
    }

    static String busName(JsonNode request) {
        return RequestFields.optionalText(request, "EventBusName").orElse(EventBuses.DEFAULT);
    }
}
