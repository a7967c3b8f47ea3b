package dev.tandem.localcloud.iam.policy;

/**
 * A policy with the name a grant and the report call it by, which says whose it is: {@code <role>/<policy>} for an
 * identity policy, {@code <resource ARN> <policy>} for a resource policy.
 */
public record NamedPolicy(String name, PolicyDocument document) {}
