package dev.tandem.localcloud.iam;

import dev.tandem.localcloud.edge.authorization.Authorizer;
import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.DenialMessage;
import dev.tandem.localcloud.iam.policy.Evaluation;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.PolicyEvaluator;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.iam.policy.Principal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authorizes calls as IAM would, by the template's policies in a {@link PolicyStore}: every access of an
 * {@link Operation} must be allowed, and the first one that is not is the call's refusal, with AWS's message for
 * it. Administrators are always allowed; a role the store does not know is refused, as is a service principal no
 * resource policy names.
 *
 * <p>The refusal names a role's caller as AWS does, as an assumed-role session: {@code
 * arn:aws:sts::<account>:assumed-role/<role name>/<session>}, the session being the {@link Principal#name()} (on
 * AWS a function's session is named after the function, an instance's after the instance).
 *
 * <p>In {@link IamMode#WARN} a would-be refusal is logged and allowed; its grant then reads
 * {@link #WOULD_BE_DENIED} followed by the refusal's message, so that {@link IamReport} still counts it.
 */
public final class IamAuthorizer implements Authorizer {

    /** Starts the grant of an access that {@link IamMode#WARN} let through although IAM would refuse it. */
    public static final String WOULD_BE_DENIED = "WOULD BE DENIED: ";

    private static final Logger log = LoggerFactory.getLogger(IamAuthorizer.class);

    private final PolicyEvaluator evaluator;
    private final PolicyStore store;
    private final String accountId;
    private final IamMode mode;

    public IamAuthorizer(PolicyStore store, String accountId, IamMode mode) {
        this.evaluator = new PolicyEvaluator(store, accountId);
        this.store = store;
        this.accountId = accountId;
        this.mode = mode;
    }

    @Override
    public Decision authorize(Principal principal, Operation operation, AwsRequest request) {
        return authorize(principal, operation);
    }

    /**
     * Authorizes a call that did not come through the edge, such as EventBridge delivering to a queue as {@code
     * events.amazonaws.com} with {@code aws:SourceArn} naming the rule.
     */
    public Decision authorize(Principal principal, Operation operation) {
        if (mode == IamMode.OFF || principal.kind() == Principal.Kind.ADMINISTRATOR) {
            return new Decision.Allowed(List.of());
        }
        List<String> grants = new ArrayList<>();
        for (Access access : operation.accesses()) {
            Evaluation evaluation = principal.kind() == Principal.Kind.ROLE && !store.hasRole(principal.arn())
                    ? new Evaluation.ImplicitlyDenied(false)
                    : evaluator.evaluate(principal, access);
            if (evaluation instanceof Evaluation.Allowed allowed) {
                grants.add(allowed.grant().label());
                continue;
            }
            String message = DenialMessage.of(principal, access, evaluation, accountId);
            if (mode == IamMode.ENFORCE) {
                return new Decision.Denied(access, message);
            }
            log.warn("IAM would refuse {} {}: {}", operation.service(), operation.name(), message);
            grants.add(WOULD_BE_DENIED + message);
        }
        return new Decision.Allowed(grants);
    }
}
