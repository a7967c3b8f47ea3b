package dev.tandem.localcloud.edge.authorization;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;

/** Decides, as IAM would, whether a principal may make a call. */
@FunctionalInterface
public interface Authorizer {

    /** Allows everything: local-cloud before IAM, or with {@code --iam off}. */
    Authorizer ALLOW_ALL = (principal, operation, request) -> new Decision.Allowed(java.util.List.of());

    Decision authorize(Principal principal, Operation operation, AwsRequest request);
}
