package dev.tandem.localcloud.iam.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One condition of a statement: an operator, a key and the policy's values for it, e.g. {@code "ArnEquals":
 * {"aws:SourceArn": "arn:aws:events:…:rule/x"}}. Evaluated as
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * say: the policy's values are alternatives (any may match); a key the request does not supply makes the condition
 * false, except that a negated operator is then true and an {@code …IfExists} operator or a {@code ForAllValues:}
 * qualifier too. Operators the Tandem templates do not use beyond the string, ARN, boolean and null families (numeric,
 * date, IP address, binary) are not implemented: a statement using one never applies, so it can grant nothing.
 */
public record Condition(String operator, String key, List<String> values) {

    private static final Set<String> SUPPORTED = Set.of(
            "StringEquals",
            "StringNotEquals",
            "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase",
            "StringLike",
            "StringNotLike",
            "ArnEquals",
            "ArnNotEquals",
            "ArnLike",
            "ArnNotLike",
            "Bool",
            "Null");

    public Condition {
        values = List.copyOf(values);
    }

    public boolean holds(Map<String, List<String>> context) {
        Optional<List<String>> supplied = lookup(context);
        String base = operator;
        String qualifier = "";
        int colon = base.indexOf(':');
        if (colon >= 0) {
            qualifier = base.substring(0, colon);
            base = base.substring(colon + 1);
        }
        boolean ifExists = base.endsWith("IfExists");
        if (ifExists) {
            base = base.substring(0, base.length() - "IfExists".length());
        }
        if (!SUPPORTED.contains(base)) {
            return false;
        }
        if (base.equals("Null")) {
            boolean absent = supplied.isEmpty() || supplied.get().isEmpty();
            return values.stream().anyMatch(v -> Boolean.parseBoolean(v) == absent);
        }
        boolean negated = base.contains("Not");
        if (supplied.isEmpty() || supplied.get().isEmpty()) {
            return switch (qualifier) {
                case "ForAllValues" -> true;
                case "ForAnyValue" -> false;
                default -> ifExists || negated;
            };
        }
        String positive = base.replace("Not", "");
        List<String> requestValues = supplied.get();
        return switch (qualifier) {
            case "ForAllValues" -> requestValues.stream().allMatch(value -> matchesAny(positive, value) != negated);
            case "ForAnyValue" -> requestValues.stream().anyMatch(value -> matchesAny(positive, value) != negated);
            default -> {
                boolean anyMatches = requestValues.stream().anyMatch(value -> matchesAny(positive, value));
                yield negated ? !anyMatches : anyMatches;
            }
        };
    }

    /** Condition keys are not case-sensitive; their values are, unless the operator says otherwise. */
    private Optional<List<String>> lookup(Map<String, List<String>> context) {
        return context.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private boolean matchesAny(String positiveOperator, String requestValue) {
        return values.stream().anyMatch(policyValue -> matches(positiveOperator, policyValue, requestValue));
    }

    private static boolean matches(String positiveOperator, String policyValue, String requestValue) {
        return switch (positiveOperator) {
            case "StringEquals" -> policyValue.equals(requestValue);
            case "StringEqualsIgnoreCase" -> policyValue.equalsIgnoreCase(requestValue);
            case "StringLike" -> Wildcards.matches(policyValue, requestValue, false);
            // ArnEquals and ArnLike behave alike: both compare the six parts, each with wildcards.
            case "ArnEquals", "ArnLike" -> arnMatches(policyValue, requestValue);
            case "Bool" -> policyValue.toLowerCase(Locale.ROOT).equals(requestValue.toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    private static boolean arnMatches(String pattern, String arn) {
        String[] patternParts = pattern.split(":", 6);
        String[] arnParts = arn.split(":", 6);
        if (patternParts.length != 6 || arnParts.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!Wildcards.matches(patternParts[i], arnParts[i], false)) {
                return false;
            }
        }
        return true;
    }
}
