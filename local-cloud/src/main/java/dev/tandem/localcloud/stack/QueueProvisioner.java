package dev.tandem.localcloud.stack;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code AWS::SQS::Queue} with its visibility timeout, retention and redrive policy ({@code CreateQueue}).
 * Server-side encryption has no meaning off AWS and is ignored.
 */
final class QueueProvisioner implements Provisioner {

    private final SqsClient sqs;

    QueueProvisioner(SqsClient sqs) {
        this.sqs = sqs;
    }

    static String queueName(Properties properties) {
        return properties.text("QueueName").orElseGet(() -> Names.generated(properties.resource(), 80, false));
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::SQS::Queue");
    }

    @Override
    public Optional<Physical> create(Properties properties) {
        String name = queueName(properties);
        Map<QueueAttributeName, String> attributes = new EnumMap<>(QueueAttributeName.class);
        properties.text("VisibilityTimeout").ifPresent(v -> attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, v));
        properties
                .text("MessageRetentionPeriod")
                .ifPresent(v -> attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, v));
        properties.text("DelaySeconds").ifPresent(v -> attributes.put(QueueAttributeName.DELAY_SECONDS, v));
        properties
                .text("ReceiveMessageWaitTimeSeconds")
                .ifPresent(v -> attributes.put(QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, v));
        properties
                .json("RedrivePolicy")
                .ifPresent(policy -> attributes.put(QueueAttributeName.REDRIVE_POLICY, policy.toString()));
        String url =
                sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
        String arn = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        return Optional.of(new Physical(url, Map.of("Arn", arn, "QueueName", name, "QueueUrl", url)));
    }
}
