package dev.tandem.localcloud.iam.policy;

/** IAM's answer for one access, with the reason: the policy evaluation logic's three outcomes. */
public sealed interface Evaluation {

    /** An Allow statement applies and no Deny does. */
    record Allowed(Grant grant) implements Evaluation {}

    /** No statement allows it; {@code byResourcePolicyOnly} when only a resource policy could have (a service). */
    record ImplicitlyDenied(boolean byResourcePolicyOnly) implements Evaluation {}

    /** A Deny statement applies; {@code inResourcePolicy} says which kind of policy holds it. */
    record ExplicitlyDenied(boolean inResourcePolicy, Grant statement) implements Evaluation {}
}
