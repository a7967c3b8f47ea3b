package dev.tandem.localcloud.eventbridge.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the members of an AWS JSON request. A missing required member, or one of the wrong JSON type, is a
 * request-level error worded like AWS's own validation messages.
 */
public final class RequestFields {

    private RequestFields() {}

    public static String requiredText(JsonNode request, String member) {
        return optionalText(request, member)
                .orElseThrow(() -> EventBridgeException.validation("1 validation error detected: Value null at '"
                        + memberPath(member) + "' failed to satisfy constraint: Member must not be null"));
    }

    public static Optional<String> optionalText(JsonNode request, String member) {
        JsonNode value = request.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw EventBridgeException.serialization("Member " + member + " must be a string");
        }
        return Optional.of(value.stringValue());
    }

    public static Optional<Integer> optionalInt(JsonNode request, String member) {
        JsonNode value = request.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber()) {
            throw EventBridgeException.serialization("Member " + member + " must be an integer");
        }
        return Optional.of(value.intValue());
    }

    public static List<JsonNode> requiredList(JsonNode request, String member) {
        JsonNode value = request.path(member);
        if (value.isMissingNode() || value.isNull()) {
            throw EventBridgeException.validation("1 validation error detected: Value null at '" + memberPath(member)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (!value.isArray()) {
            throw EventBridgeException.serialization("Member " + member + " must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    public static void checkLength(List<?> items, String member, int min, int max) {
        if (items.size() < min) {
            throw EventBridgeException.validation(lengthMessage(member, "greater than or equal to " + min));
        }
        if (items.size() > max) {
            throw EventBridgeException.validation(lengthMessage(member, "less than or equal to " + max));
        }
    }

    private static String lengthMessage(String member, String bound) {
        return "1 validation error detected: Value at '" + memberPath(member)
                + "' failed to satisfy constraint: Member must have length " + bound;
    }

    /** AWS names members in validation messages in lower camel case: {@code EventBusName} becomes {@code eventBusName}. */
    private static String memberPath(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
}
