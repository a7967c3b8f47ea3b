package dev.tandem.localcloud.iam.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS's policy evaluation logic for requests within one account
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html),
 * for identity policies and resource policies (no permissions boundaries, session policies or SCPs: the template
 * has none). An explicit Deny in any applicable policy wins; otherwise an Allow in the role's identity policies, or a
 * resource policy's Allow that names the principal, allows; otherwise the access is implicitly denied. A service
 * principal has no identity policies: only a resource policy can allow it.
 */
public final class PolicyEvaluator {

    private final PolicyStore store;
    private final String accountId;

    public PolicyEvaluator(PolicyStore store, String accountId) {
        this.store = store;
        this.accountId = accountId;
    }

    public Evaluation evaluate(Principal principal, Access access) {
        Map<String, List<String>> context = requestContext(principal, access);
        List<NamedPolicy> identity =
                principal.kind() == Principal.Kind.ROLE ? store.identityPolicies(principal.arn()) : List.of();
        List<NamedPolicy> resource = store.resourcePoliciesFor(access.resource());
        Optional<Grant> identityDeny = firstMatch(identity, false, principal, access, context, false);
        if (identityDeny.isPresent()) {
            return new Evaluation.ExplicitlyDenied(false, identityDeny.get());
        }
        Optional<Grant> resourceDeny = firstMatch(resource, false, principal, access, context, true);
        if (resourceDeny.isPresent()) {
            return new Evaluation.ExplicitlyDenied(true, resourceDeny.get());
        }
        return firstMatch(identity, true, principal, access, context, false)
                .or(() -> firstMatch(resource, true, principal, access, context, true))
                .<Evaluation>map(Evaluation.Allowed::new)
                .orElseGet(() -> new Evaluation.ImplicitlyDenied(principal.kind() == Principal.Kind.SERVICE));
    }

    private Optional<Grant> firstMatch(
            List<NamedPolicy> policies,
            boolean allow,
            Principal principal,
            Access access,
            Map<String, List<String>> context,
            boolean resourcePolicy) {
        for (NamedPolicy policy : policies) {
            for (Statement statement : policy.document().statements()) {
                if (statement.allow() != allow) {
                    continue;
                }
                if (resourcePolicy
                        && statement
                                .principals()
                                .map(p -> !p.names(principal, accountId, !allow))
                                .orElse(true)) {
                    continue;
                }
                Optional<String> action = statement.actionMatch(access.action());
                Optional<String> resource = statement.resourceMatch(access.resource());
                if (action.isPresent() && resource.isPresent() && statement.conditionsHold(context)) {
                    return Optional.of(new Grant(policy.name(), statement.id(), action.get(), resource.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The access's own keys plus the global keys IAM adds to every request
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
     */
    private Map<String, List<String>> requestContext(Principal principal, Access access) {
        Map<String, List<String>> context = new HashMap<>(access.context());
        switch (principal.kind()) {
            case ROLE -> {
                context.putIfAbsent("aws:PrincipalArn", List.of(principal.arn()));
                context.putIfAbsent("aws:PrincipalAccount", List.of(accountId));
                context.putIfAbsent("aws:PrincipalType", List.of("AssumedRole"));
            }
            case SERVICE -> context.putIfAbsent("aws:PrincipalServiceName", List.of(principal.arn()));
            case ADMINISTRATOR -> {}
        }
        return context;
    }
}
