package dev.tandem.localcloud.iam.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One statement of a policy, as https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 * defines its elements: {@code Effect}, {@code Action} or {@code NotAction}, {@code Resource} or {@code NotResource},
 * {@code Principal} or {@code NotPrincipal} (resource policies only) and {@code Condition}.
 *
 * @param id the statement's {@code Sid}, or its position in the policy ({@code #0}, {@code #1}, …) if it has none
 * @param principals the {@code Principal} (or {@code NotPrincipal}) element; empty in an identity policy
 */
public record Statement(
        String id,
        boolean allow,
        List<String> actions,
        boolean notAction,
        List<String> resources,
        boolean notResource,
        Optional<Principals> principals,
        List<Condition> conditions) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    static Statement parse(JsonNode statement, int index) {
        String id = statement.path("Sid").asString("");
        boolean notAction = statement.has("NotAction");
        boolean notResource = statement.has("NotResource");
        Optional<Principals> principals = Optional.empty();
        if (statement.has("Principal")) {
            principals = Optional.of(Principals.parse(statement.get("Principal"), false));
        } else if (statement.has("NotPrincipal")) {
            principals = Optional.of(Principals.parse(statement.get("NotPrincipal"), true));
        }
        List<Condition> conditions = new ArrayList<>();
        statement.path("Condition").properties().forEach(operator -> operator.getValue()
                .properties()
                .forEach(key -> conditions.add(new Condition(operator.getKey(), key.getKey(), texts(key.getValue())))));
        return new Statement(
                id.isEmpty() ? "#" + index : id,
                statement.path("Effect").asString("").equals("Allow"),
                texts(statement.path(notAction ? "NotAction" : "Action")),
                notAction,
                // A statement without a resource element (a trust policy's) applies to any resource.
                statement.has("Resource") || notResource
                        ? texts(statement.path(notResource ? "NotResource" : "Resource"))
                        : List.of("*"),
                notResource,
                principals,
                conditions);
    }

    /** The action pattern that makes this statement apply to {@code action}, if it does. */
    Optional<String> actionMatch(String action) {
        Optional<String> matched = actions.stream()
                .filter(pattern -> Wildcards.matches(pattern, action, true))
                .findFirst();
        return notAction ? (matched.isPresent() ? Optional.empty() : Optional.of(actionPattern())) : matched;
    }

    /** The resource pattern that makes this statement apply to {@code resource}, if it does. */
    Optional<String> resourceMatch(String resource) {
        Optional<String> matched = resources.stream()
                .filter(pattern -> Wildcards.matches(pattern, resource, false))
                .findFirst();
        return notResource ? (matched.isPresent() ? Optional.empty() : Optional.of(resourcePattern())) : matched;
    }

    boolean conditionsHold(Map<String, List<String>> context) {
        return conditions.stream().allMatch(condition -> condition.holds(context));
    }

    /** How a report names the statement's actions when it grants by {@code NotAction}. */
    String actionPattern() {
        return notAction ? "NotAction " + actions : String.join(",", actions);
    }

    String resourcePattern() {
        return notResource ? "NotResource " + resources : String.join(",", resources);
    }

    private static List<String> texts(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        return value.isArray() ? value.valueStream().map(JsonNode::asString).toList() : List.of(value.asString());
    }
}
