package dev.tandem.localcloud.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fault rules as JSON, the form a drill writes them in, in a start-up file or a request to {@link
 * FaultControlHandler}:
 *
 * <pre>{@code
 * {"faults": [
 *   {"service": "events", "action": "PutEvents", "error": "InternalFailure", "for": "30s"},
 *   {"service": "s3", "action": "GetObject", "principal": "tandem-image-resizer", "error": "SlowDown", "times": 2},
 *   {"service": "dynamodb", "latency": "2s", "probability": 0.5}
 * ]}
 * }</pre>
 *
 * Durations are written {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h} or in ISO-8601 ({@code PT30S}). A member
 * this class does not know is an error rather than ignored, so that a misspelt limit does not silently widen a fault.
 */
public final class FaultRules {

    private static final Set<String> MEMBERS = Set.of(
            "service",
            "action",
            "principal",
            "probability",
            "after",
            "for",
            "times",
            "latency",
            "error",
            "drop",
            "crash");

    private FaultRules() {}

    /**
     * The rules of a document {@code {"faults":[...]}}, or the one rule of a document that is a rule itself.
     *
     * @throws InvalidFaultRuleException naming the first member that is not valid, e.g. {@code faults[1].times}
     */
    public static List<FaultRule> parse(String json) {
        JsonNode document;
        try {
            document = JsonMapper.shared().readTree(json);
        } catch (JacksonException e) {
            throw new InvalidFaultRuleException("faults", "the document is not valid JSON");
        }
        if (document == null || !document.isObject()) {
            throw new InvalidFaultRuleException("faults", "the document must be a JSON object");
        }
        if (!document.has("faults")) {
            return List.of(rule(document));
        }
        JsonNode list = document.get("faults");
        if (!list.isArray()) {
            throw new InvalidFaultRuleException("faults", "must be a list of rules");
        }
        List<FaultRule> rules = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            try {
                rules.add(rule(list.get(index)));
            } catch (InvalidFaultRuleException e) {
                throw e.within("faults[" + index + "]");
            }
        }
        return rules;
    }

    private static FaultRule rule(JsonNode json) {
        if (!json.isObject()) {
            throw new InvalidFaultRuleException("service", "a rule must be a JSON object");
        }
        for (Map.Entry<String, JsonNode> member : json.properties()) {
            if (!MEMBERS.contains(member.getKey())) {
                throw new InvalidFaultRuleException(
                        member.getKey(),
                        "is not a member of a fault rule; use "
                                + MEMBERS.stream().sorted().toList());
            }
        }
        return new FaultRule(
                text(json, "service").orElseThrow(() -> new InvalidFaultRuleException("service", "is required")),
                text(json, "action"),
                text(json, "principal"),
                probability(json),
                duration(json, "after").orElse(Duration.ZERO),
                duration(json, "for"),
                times(json),
                duration(json, "latency"),
                error(json),
                flag(json, "drop"),
                flag(json, "crash"));
    }

    private static Optional<String> text(JsonNode json, String member) {
        JsonNode value = json.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new InvalidFaultRuleException(member, "must be a non-empty string");
        }
        return Optional.of(value.stringValue());
    }

    /** {@code "error": 503} means the same as {@code "error": "503"}. */
    private static Optional<String> error(JsonNode json) {
        JsonNode value = json.path("error");
        return value.isIntegralNumber() ? Optional.of(Integer.toString(value.intValue())) : text(json, "error");
    }

    private static double probability(JsonNode json) {
        JsonNode value = json.path("probability");
        if (value.isMissingNode() || value.isNull()) {
            return 1;
        }
        if (!value.isNumber()) {
            throw new InvalidFaultRuleException("probability", "must be a number between 0 and 1");
        }
        return value.doubleValue();
    }

    private static OptionalInt times(JsonNode json) {
        JsonNode value = json.path("times");
        if (value.isMissingNode() || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidFaultRuleException("times", "must be a whole number of calls");
        }
        return OptionalInt.of(value.intValue());
    }

    private static boolean flag(JsonNode json, String member) {
        JsonNode value = json.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidFaultRuleException(member, "must be true or false");
        }
        return value.booleanValue();
    }

    private static Optional<Duration> duration(JsonNode json, String member) {
        JsonNode value = json.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw new InvalidFaultRuleException(member, "must be a duration such as \"500ms\", \"30s\" or \"2m\"");
        }
        try {
            return Optional.of(Durations.parse(value.stringValue()));
        } catch (IllegalArgumentException e) {
            throw new InvalidFaultRuleException(member, e.getMessage());
        }
    }

    /** The rules as the control endpoint lists them: each rule's members, its id, phase and how often it fired. */
    public static ObjectNode toJson(List<ActiveFault> faults) {
        ObjectNode document = JsonMapper.shared().createObjectNode();
        ArrayNode list = document.putArray("faults");
        faults.forEach(fault -> list.add(toJson(fault)));
        return document;
    }

    static ObjectNode toJson(ActiveFault fault) {
        FaultRule rule = fault.rule();
        ObjectNode json = JsonMapper.shared().createObjectNode();
        json.put("id", fault.id());
        json.put("service", rule.service());
        rule.action().ifPresent(action -> json.put("action", action));
        rule.principal().ifPresent(principal -> json.put("principal", principal));
        json.put("probability", rule.probability());
        json.put("after", Durations.format(rule.after()));
        rule.lasting().ifPresent(lasting -> json.put("for", Durations.format(lasting)));
        rule.times().ifPresent(times -> json.put("times", times));
        rule.latency().ifPresent(latency -> json.put("latency", Durations.format(latency)));
        rule.error().ifPresent(error -> json.put("error", error));
        rule.errorReply()
                .ifPresent(reply ->
                        json.putObject("reply").put("status", reply.status()).put("code", reply.code()));
        json.put("drop", rule.drop());
        json.put("crash", rule.crash());
        json.put("addedAt", fault.addedAt().toString());
        json.put("phase", fault.phase().name().toLowerCase(Locale.ROOT));
        json.put("fired", fault.fired());
        return json;
    }
}
