package dev.tandem.localcloud.eventbridge.bus;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule's target, as {@code PutTargets} defined it.
 *
 * @param definition the target exactly as the client sent it, which {@code ListTargetsByRule} gives back
 */
public record RuleTarget(
        String id,
        Arn arn,
        RetryPolicy retryPolicy,
        Optional<Arn> deadLetterQueue,
        Optional<String> messageGroupId,
        ObjectNode definition) {

    private static final Pattern ID = Pattern.compile("[\\.\\-_A-Za-z0-9]{1,64}");

    /**
     * Reads one entry of a {@code PutTargets} request. Constraint violations (a malformed id, a retry policy out of
     * range) fail the whole request, as on AWS; what local-cloud cannot honour fails only this entry.
     *
     * @throws EventBridgeException for a constraint violation
     * @throws IllegalArgumentException for an entry that local-cloud cannot honour
     */
    public static RuleTarget from(JsonNode entry) {
        if (!entry.isObject()) {
            throw EventBridgeException.serialization("Each target must be a JSON object");
        }
        String id = RequestFields.requiredText(entry, "Id");
        if (!ID.matcher(id).matches()) {
            throw EventBridgeException.validation("Target Id '" + id + "' must match [\\.\\-_A-Za-z0-9]{1,64}");
        }
        Arn arn = parseArn(RequestFields.requiredText(entry, "Arn"), "Arn");
        RetryPolicy retryPolicy = RetryPolicy.from(entry.path("RetryPolicy"));
        Optional<Arn> deadLetterQueue = RequestFields.optionalText(entry.path("DeadLetterConfig"), "Arn")
                .map(text -> parseArn(text, "DeadLetterConfig.Arn"));
        if (deadLetterQueue.filter(queue -> !queue.service().equals("sqs")).isPresent()) {
            throw new IllegalArgumentException("DeadLetterConfig.Arn must be the ARN of an SQS queue");
        }
        for (String transformer : List.of("Input", "InputPath", "InputTransformer")) {
            if (entry.has(transformer)) {
                throw new IllegalArgumentException("local-cloud does not support " + transformer
                        + " on targets: they receive the whole event, as the template's targets do");
            }
        }
        Optional<String> messageGroupId = RequestFields.optionalText(entry.path("SqsParameters"), "MessageGroupId");
        return new RuleTarget(id, arn, retryPolicy, deadLetterQueue, messageGroupId, ((ObjectNode) entry).deepCopy());
    }

    private static Arn parseArn(String text, String member) {
        try {
            return Arn.parse(text);
        } catch (IllegalArgumentException e) {
            throw EventBridgeException.validation("Parameter " + member + " is not valid: " + e.getMessage());
        }
    }
}
