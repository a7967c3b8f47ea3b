package dev.tandem.localcloud.iam.policy;

import java.util.List;

/** What IAM decided for one {@link Operation}: every access allowed, or the first one refused. */
public sealed interface Decision {

    /**
     * Every access allowed.
     *
     * @param grants for each access, in order, the grant that allowed it (a policy statement's identifier, for the
     *     unused-grant report); empty for an administrator or a mode that does not check
     */
    record Allowed(List<String> grants) implements Decision {
        public Allowed {
            grants = List.copyOf(grants);
        }
    }

    /**
     * An access refused: the first one no policy allows, or one a policy denies explicitly.
     *
     * @param message AWS's message for the refusal, naming the principal, the action and the resource
     */
    record Denied(Access access, String message) implements Decision {}
}
