package dev.tandem.localcloud.eventbridge.api;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.bus.RequestFields;
import java.util.List;
import software.amazon.event.ruler.Machine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code TestEventPattern}: whether a pattern matches an event, decided by the same Event Ruler that routes events
 * to rules (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TestEventPattern.html). A pattern that
 * a rule could not have is refused as {@code PutRule} refuses it ({@code InvalidEventPatternException}); an event
 * that is not JSON, or lacks a field the page names mandatory, with a {@code ValidationException}.
 */
public final class PatternTestOperation implements AwsJsonEndpoint.Operation {

    private static final List<String> MANDATORY =
            List.of("id", "account", "source", "time", "region", "resources", "detail-type");
    private static final String PATTERN = "pattern";

    @Override
    public JsonNode handle(JsonNode request) {
        String event = RequestFields.requiredText(request, "Event");
        String pattern = RequestFields.requiredText(request, "EventPattern");
        RuleOperations.checkPattern(pattern);
        checkEvent(event);
        Machine machine = Machine.builder().build();
        try {
            machine.addRule(PATTERN, pattern);
            boolean matches = !machine.rulesForJSONEvent(event).isEmpty();
            return JsonMapper.shared().createObjectNode().put("Result", matches);
        } catch (Exception e) {
            // Event Ruler declares Exception; both texts have been checked above, so this is not the caller's doing.
            throw new IllegalStateException("Event Ruler could not test a checked pattern against a checked event", e);
        }
    }

    private static void checkEvent(String event) {
        JsonNode json;
        try {
            json = JsonMapper.shared().readTree(event);
        } catch (JacksonException e) {
            throw EventBridgeException.validation("Parameter Event is not valid: it is not JSON.");
        }
        if (json == null || !json.isObject()) {
            throw EventBridgeException.validation("Parameter Event is not valid: it is not a JSON object.");
        }
        List<String> missing =
                MANDATORY.stream().filter(field -> !json.has(field)).toList();
        if (!missing.isEmpty()) {
            throw EventBridgeException.validation("Parameter Event is not valid: it lacks the mandatory field(s) "
                    + String.join(", ", missing) + ".");
        }
    }
}
