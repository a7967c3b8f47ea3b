package dev.tandem.localcloud.iam.policy;

import java.util.Objects;

/**
 * Who makes a call: the identity AWS would authorize it as.
 *
 * @param arn the role's ARN for a {@link Kind#ROLE}, the service principal's name (e.g. {@code
 *     events.amazonaws.com}) for a {@link Kind#SERVICE}, and the administrator's ARN for {@link Kind#ADMINISTRATOR}
 * @param name a short name for logs and reports: the role's name, the service principal, {@code administrator}
 */
public record Principal(Kind kind, String arn, String name) {

    public enum Kind {
        /** Deploys the template and drives tests and the demo: allowed everything, as an account's admin is. */
        ADMINISTRATOR,
        /** An IAM role of the template (a function's execution role, the instances' role): its policies decide. */
        ROLE,
        /** An AWS service acting on its own (EventBridge delivering to a queue): the resource's policy decides. */
        SERVICE
    }

    public Principal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
    }
}
