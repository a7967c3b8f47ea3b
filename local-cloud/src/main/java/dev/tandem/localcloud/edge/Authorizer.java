package dev.tandem.localcloud.edge;

import dev.tandem.localcloud.iam.Decision;
import dev.tandem.localcloud.iam.Operation;
import dev.tandem.localcloud.iam.Principal;

/** Decides, as IAM would, whether a principal may make a call. */
@FunctionalInterface
public interface Authorizer {

    /** Allows everything: local-cloud before IAM, or with {@code --iam off}. */
    Authorizer ALLOW_ALL = (principal, operation, request) -> new Decision.Allowed(java.util.List.of());

    Decision authorize(Principal principal, Operation operation, AwsRequest request);
}
