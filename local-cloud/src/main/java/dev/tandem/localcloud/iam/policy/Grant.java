package dev.tandem.localcloud.iam.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * What allowed an access: one Allow statement of one policy, and the action and resource patterns of it that matched.
 * Its {@link #label()} is what {@link Decision.Allowed#grants()} carries and the unused-grant report compares.
 */
public record Grant(String policy, String statement, String actionPattern, String resourcePattern) {

    /** Every grant an identity policy makes: each Allow statement's action patterns times its resource patterns. */
    public static List<Grant> allOf(NamedPolicy policy) {
        List<Grant> grants = new ArrayList<>();
        for (Statement statement : policy.document().statements()) {
            if (!statement.allow()) {
                continue;
            }
            List<String> actions = statement.notAction() ? List.of(statement.actionPattern()) : statement.actions();
            List<String> resources =
                    statement.notResource() ? List.of(statement.resourcePattern()) : statement.resources();
            actions.forEach(action -> resources.forEach(
                    resource -> grants.add(new Grant(policy.name(), statement.id(), action, resource))));
        }
        return grants;
    }

    public String label() {
        return policy + " " + statement + ": " + actionPattern + " on " + resourcePattern;
    }
}
