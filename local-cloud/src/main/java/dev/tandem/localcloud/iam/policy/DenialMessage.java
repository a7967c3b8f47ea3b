package dev.tandem.localcloud.iam.policy;

/**
 * AWS's message for a refused access, in the form
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html describes: who, which action on
 * which resource, and whether no policy allowed it (implicit) or a policy denied it (explicit), and of which kind.
 */
public final class DenialMessage {

    private DenialMessage() {}

    public static String of(Principal principal, Access access, Evaluation evaluation, String accountId) {
        StringBuilder message = new StringBuilder("User: ")
                .append(caller(principal, accountId))
                .append(" is not authorized to perform: ")
                .append(access.action());
        if (!access.resource().equals("*")) {
            message.append(" on resource: ").append(access.resource());
        }
        switch (evaluation) {
            case Evaluation.ExplicitlyDenied denied ->
                message.append(" with an explicit deny in ")
                        .append(denied.inResourcePolicy() ? "a resource-based" : "an identity-based")
                        .append(" policy");
            case Evaluation.ImplicitlyDenied denied ->
                message.append(" because no ")
                        .append(denied.byResourcePolicyOnly() ? "resource-based" : "identity-based")
                        .append(" policy allows the ")
                        .append(access.action())
                        .append(" action");
            case Evaluation.Allowed allowed -> throw new IllegalArgumentException("not a refusal: " + allowed);
        }
        return message.toString();
    }

    private static String caller(Principal principal, String accountId) {
        if (principal.kind() != Principal.Kind.ROLE) {
            return principal.arn();
        }
        String roleName = principal.arn().substring(principal.arn().lastIndexOf('/') + 1);
        return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + principal.name();
    }
}
