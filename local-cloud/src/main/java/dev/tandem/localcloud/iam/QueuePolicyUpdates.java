package dev.tandem.localcloud.iam;

import dev.tandem.localcloud.edge.authorization.Authorizer;
import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.operations.RequestBodies;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.PolicyDocument;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.iam.policy.Principal;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the policy store's queue policies up to date with the calls that set them at run time ({@code CreateQueue}
 * or {@code SetQueueAttributes} with a {@code Policy} attribute), so that a queue created after the deployment, an
 * operator's or a test's, is judged by the policy it was given, as SQS judges it
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html). It wraps the
 * authorizer: a call that IAM allows records its policy before it is passed on.
 */
public final class QueuePolicyUpdates implements Authorizer {

    private static final Logger log = LoggerFactory.getLogger(QueuePolicyUpdates.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Authorizer authorizer;
    private final PolicyStore store;

    public QueuePolicyUpdates(Authorizer authorizer, PolicyStore store) {
        this.authorizer = authorizer;
        this.store = store;
    }

    @Override
    public Decision authorize(Principal principal, Operation operation, AwsRequest request) {
        Decision decision = authorizer.authorize(principal, operation, request);
        if (decision instanceof Decision.Allowed
                && operation.service().equals("sqs")
                && (operation.name().equals("SetQueueAttributes")
                        || operation.name().equals("CreateQueue"))) {
            policy(request).ifPresent(policy -> record(operation, policy));
        }
        return decision;
    }

    private void record(Operation operation, String policy) {
        String queueArn = operation.accesses().getFirst().resource();
        try {
            store.replaceResourcePolicy(queueArn, "Policy", PolicyDocument.parse(JSON.readTree(policy)));
            log.info("IAM: queue {} has a new policy", queueArn);
        } catch (RuntimeException e) {
            log.warn("IAM: ignored the policy set on {}, which it cannot read: {}", queueArn, e.getMessage());
        }
    }

    /** The {@code Policy} attribute, from a JSON-protocol body or a query-protocol form. */
    private static Optional<String> policy(AwsRequest request) {
        if (request.header("x-amz-target").isPresent()) {
            JsonNode policy = RequestBodies.json(request).path("Attributes").path("Policy");
            return policy.isString() ? Optional.of(policy.asString()) : Optional.empty();
        }
        Map<String, String> form = RequestBodies.form(request);
        for (int index = 1; form.containsKey("Attribute." + index + ".Name"); index++) {
            if (form.get("Attribute." + index + ".Name").equals("Policy")) {
                return Optional.ofNullable(form.get("Attribute." + index + ".Value"));
            }
        }
        return Optional.empty();
    }
}
