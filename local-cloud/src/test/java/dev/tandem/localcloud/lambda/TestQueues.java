package dev.tandem.localcloud.lambda;

import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Queues for the function host's tests, created the way the template runner creates them: with a
 * visibility timeout and a redrive policy to a dead-letter queue of their own. Names are unique,
 * as every test of the run shares one local SQS.
 */
public final class TestQueues {

    private final SqsClient sqs;

    public record Queue(String url, String arn, String deadLetterUrl) {}

    public TestQueues(SqsClient sqs) {
        this.sqs = sqs;
    }

    public Queue withDeadLetterQueue(String prefix, int visibilityTimeoutSeconds, int maxReceiveCount) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String deadLetterUrl = sqs.createQueue(request -> request.queueName(prefix + "-dlq-" + suffix))
                .queueUrl();
        String redrivePolicy = "{\"deadLetterTargetArn\":\"" + arn(deadLetterUrl) + "\",\"maxReceiveCount\":\""
                + maxReceiveCount + "\"}";
        String url = sqs.createQueue(request -> request.queueName(prefix + "-" + suffix)
                        .attributes(Map.of(
                                QueueAttributeName.VISIBILITY_TIMEOUT,
                                Integer.toString(visibilityTimeoutSeconds),
                                QueueAttributeName.REDRIVE_POLICY,
                                redrivePolicy)))
                .queueUrl();
        return new Queue(url, arn(url), deadLetterUrl);
    }

    /** Messages on the queue, visible or in flight. */
    public int messagesOn(String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private String arn(String queueUrl) {
        return sqs.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }
}
