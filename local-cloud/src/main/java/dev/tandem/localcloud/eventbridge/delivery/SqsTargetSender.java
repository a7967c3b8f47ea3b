package dev.tandem.localcloud.eventbridge.delivery;

import dev.tandem.localcloud.eventbridge.bus.Arn;
import dev.tandem.localcloud.iam.operations.OperationTable;
import java.util.Map;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * Delivers events to SQS queues, and dead-letters them, through the local SQS endpoint. Queue ARNs become queue
 * URLs by asking SQS ({@code GetQueueUrl} with the ARN's queue name and account, as local-cloud itself rather than as
 * EventBridge, which on AWS needs no such call), so a queue created after the rule is found. For a FIFO queue the target's {@code MessageGroupId} is used and the event id deduplicates, as on AWS.
 *
 * <p>Each send names the rule it is for in a header, so that local-cloud's IAM can check the queue's policy with
 * the rule's ARN as {@code aws:SourceArn}, as AWS checks EventBridge's deliveries
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sqs-permissions).
 */
public final class SqsTargetSender implements TargetSender, DeadLetterQueue {

    private final SqsClient sqs;
    private final SqsClient lookups;

    public SqsTargetSender(SqsClient sqs, SqsClient lookups) {
        this.sqs = sqs;
        this.lookups = lookups;
    }

    @Override
    public void deliver(OutboundEvent delivery) throws DeliveryFailure {
        SendMessageRequest.Builder message = SendMessageRequest.builder()
                .queueUrl(queueUrl(delivery.targetArn()))
                .messageBody(delivery.payload())
                .overrideConfiguration(forRule(delivery.ruleArn()));
        if (delivery.targetArn().resource().endsWith(".fifo")) {
            String groupId = delivery.messageGroupId()
                    .orElseThrow(() -> new DeliveryFailure(
                            "INVALID_PARAMETER", "A FIFO queue target needs SqsParameters.MessageGroupId", null));
            message.messageGroupId(groupId).messageDeduplicationId(delivery.eventId());
        }
        sendMessage(message.build());
    }

    @Override
    public void send(Arn queue, String eventJson, DeadLetter reasons) throws DeliveryFailure {
        sendMessage(SendMessageRequest.builder()
                .queueUrl(queueUrl(queue))
                .messageBody(eventJson)
                .overrideConfiguration(forRule(reasons.ruleArn()))
                .messageAttributes(Map.of(
                        "RULE_ARN", text(reasons.ruleArn()),
                        "TARGET_ARN", text(reasons.targetArn()),
                        "ERROR_CODE", text(reasons.errorCode()),
                        "ERROR_MESSAGE", text(reasons.errorMessage()),
                        "EXHAUSTED_RETRY_CONDITION", text(reasons.exhaustedRetryCondition()),
                        "RETRY_ATTEMPTS", number(reasons.retryAttempts())))
                .build());
    }

    private static AwsRequestOverrideConfiguration forRule(String ruleArn) {
        return AwsRequestOverrideConfiguration.builder()
                .putHeader(OperationTable.SOURCE_ARN_HEADER, ruleArn)
                .build();
    }

    private String queueUrl(Arn queue) throws DeliveryFailure {
        try {
            return lookups.getQueueUrl(
                            request -> request.queueName(queue.resource()).queueOwnerAWSAccountId(queue.accountId()))
                    .queueUrl();
        } catch (QueueDoesNotExistException e) {
            throw new DeliveryFailure("RESOURCE_NOT_FOUND", "Queue " + queue + " does not exist", e);
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    private void sendMessage(SendMessageRequest message) throws DeliveryFailure {
        try {
            sqs.sendMessage(message);
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    private static DeliveryFailure failure(SdkException e) {
        if (e instanceof AwsServiceException service && service.isThrottlingException()) {
            return new DeliveryFailure("THROTTLING", e.getMessage(), e);
        }
        if (e instanceof SdkClientException) {
            return new DeliveryFailure("CONNECTION_FAILURE", e.getMessage(), e);
        }
        return new DeliveryFailure("SDK_CLIENT_ERROR", e.getMessage(), e);
    }

    /** SQS refuses empty attribute values, so an empty text becomes a single dash. */
    private static MessageAttributeValue text(String value) {
        String nonEmpty = value == null || value.isEmpty() ? "-" : value;
        return MessageAttributeValue.builder()
                .dataType("String")
                .stringValue(nonEmpty)
                .build();
    }

    private static MessageAttributeValue number(int value) {
        return MessageAttributeValue.builder()
                .dataType("Number")
                .stringValue(Integer.toString(value))
                .build();
    }
}
