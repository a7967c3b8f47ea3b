package dev.tandem.localcloud.eventbridge;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a target receives for a matched event. local-cloud supports the whole envelope (no {@code Input} settings),
 * a constant {@code Input}, and an {@code InputPath} that names a field by a chain of keys ({@code $.detail} or
 * {@code $.detail.object.key}). Other JSONPath forms and {@code InputTransformer} are refused when the target is
 * created, so that a target never silently receives something else than it would on AWS.
 */
sealed interface TargetInput {

    Pattern SIMPLE_PATH = Pattern.compile("\\$(\\.[A-Za-z0-9_-]+)*");

    /** The payload for one event, as JSON text. */
    String render(ObjectNode envelope) throws DeliveryFailure;

    /**
     * Reads the input settings of a target definition.
     *
     * @throws IllegalArgumentException if the target uses a form local-cloud does not support
     */
    static TargetInput of(JsonNode target) {
        if (target.has("InputTransformer")) {
            throw new IllegalArgumentException("local-cloud does not support InputTransformer on targets");
        }
        if (target.has("Input") && target.has("InputPath")) {
            throw new IllegalArgumentException("Only one of Input and InputPath may be set");
        }
        if (target.has("Input")) {
            return constant(RequestFields.requiredText(target, "Input"));
        }
        if (target.has("InputPath")) {
            return path(RequestFields.requiredText(target, "InputPath"));
        }
        return new WholeEvent();
    }

    private static TargetInput constant(String json) {
        try {
            JsonMapper.shared().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Input must be valid JSON text");
        }
        return new Constant(json);
    }

    private static TargetInput path(String expression) {
        if (!SIMPLE_PATH.matcher(expression).matches()) {
            throw new IllegalArgumentException("local-cloud supports InputPath only as a chain of field names, e.g."
                    + " $.detail.object.key; '" + expression + "' is not one");
        }
        List<String> fields = Arrays.stream(expression.substring(1).split("\\."))
                .filter(field -> !field.isEmpty())
                .toList();
        return new Path(expression, fields);
    }

    /** No input settings: the target receives the whole envelope. */
    record WholeEvent() implements TargetInput {
        @Override
        public String render(ObjectNode envelope) {
            return JsonMapper.shared().writeValueAsString(envelope);
        }
    }

    /** {@code Input}: the same JSON text for every event. */
    record Constant(String json) implements TargetInput {
        @Override
        public String render(ObjectNode envelope) {
            return json;
        }
    }

    /** {@code InputPath}: the part of the envelope the path selects. */
    record Path(String expression, List<String> fields) implements TargetInput {
        @Override
        public String render(ObjectNode envelope) throws DeliveryFailure {
            JsonNode selected = envelope;
            for (String field : fields) {
                selected = selected.path(field);
            }
            if (selected.isMissingNode()) {
                throw new DeliveryFailure(
                        "INVALID_PARAMETER", "InputPath " + expression + " selects nothing in the event", null);
            }
            return JsonMapper.shared().writeValueAsString(selected);
        }
    }
}
