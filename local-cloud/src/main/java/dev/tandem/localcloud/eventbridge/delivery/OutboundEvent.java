package dev.tandem.localcloud.eventbridge.delivery;

import dev.tandem.localcloud.eventbridge.bus.Arn;
import java.util.Optional;

/**
 * One event on its way to one target.
 *
 * @param payload what the target receives: the event envelope as JSON
 * @param messageGroupId the target's {@code SqsParameters.MessageGroupId}, for FIFO queues
 * @param ruleArn the rule the event matched, which a target's resource policy may name as {@code aws:SourceArn}
 */
public record OutboundEvent(
        Arn targetArn, String eventId, String payload, Optional<String> messageGroupId, String ruleArn) {}
