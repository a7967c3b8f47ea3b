package dev.tandem.localcloud.edge.calls;

import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One call through the edge, once it has been answered: what the call trail writes and the IAM report counts.
 *
 * @param decision what IAM decided (an {@link Decision.Allowed} with no grants when IAM was not asked)
 * @param status the HTTP status the caller got; 0 if the connection was dropped
 * @param errorCode the service's error code when the call failed, e.g. {@code AccessDenied}
 * @param correlationId the correlation id the call carries, where it carries one
 */
public record CallRecord(
        Instant time,
        Principal principal,
        Operation operation,
        Decision decision,
        int status,
        Optional<String> errorCode,
        Duration latency,
        Optional<String> correlationId) {}
