package dev.tandem.localcloud.iam.policy;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A resource policy's {@code Principal} element, as
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html defines it: {@code *}
 * (everyone), {@code {"AWS": …}} (accounts, by id or root ARN, and role ARNs) and {@code {"Service": …}} (service
 * principals).
 *
 * @param negated true for a {@code NotPrincipal} element
 */
record Principals(boolean everyone, List<String> aws, List<String> services, boolean negated) {

    Principals {
        aws = List.copyOf(aws);
        services = List.copyOf(services);
    }

    static Principals parse(JsonNode element, boolean negated) {
        if (element.isString()) {
            return new Principals(element.asString().equals("*"), List.of(), List.of(), negated);
        }
        List<String> aws = texts(element.path("AWS"));
        return new Principals(aws.contains("*"), aws, texts(element.path("Service")), negated);
    }

    /**
     * Whether the element names {@code principal}. An account named by id or root ARN names its roles too, but,
     * within one account, grants them nothing on its own (their identity policies must allow): so the account
     * counts only when {@code forDeny}.
     */
    boolean names(Principal principal, String accountId, boolean forDeny) {
        return negated != namesDirectly(principal, accountId, forDeny);
    }

    private boolean namesDirectly(Principal principal, String accountId, boolean forDeny) {
        if (everyone) {
            return true;
        }
        return switch (principal.kind()) {
            case SERVICE -> services.contains(principal.arn());
            case ROLE ->
                aws.contains(principal.arn())
                        || (forDeny
                                && (aws.contains(accountId) || aws.contains("arn:aws:iam::" + accountId + ":root")));
            case ADMINISTRATOR -> false;
        };
    }

    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.values().forEach(v -> texts.add(v.asString()));
        } else if (!value.isMissingNode()) {
            texts.add(value.asString());
        }
        return texts;
    }
}
