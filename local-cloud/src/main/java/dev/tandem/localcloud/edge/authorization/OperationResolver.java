package dev.tandem.localcloud.edge.authorization;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Operation;

/** Says which API operation a request is, and what it asks for in IAM's terms. */
@FunctionalInterface
public interface OperationResolver {

    /**
     * The operation {@code request} calls. A request the resolver does not know is an operation with the name it
     * can tell (or {@code "Unknown"}) and an access to {@code *} under the service's prefix, never an exception.
     */
    Operation resolve(AwsRequest request);
}
