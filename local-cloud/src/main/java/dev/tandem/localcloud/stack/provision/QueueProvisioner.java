package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.stack.template.Names;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code AWS::SQS::Queue} with its visibility timeout, retention and redrive policy ({@code CreateQueue}).
 * Server-side encryption has no meaning off AWS and is ignored. A queue that exists already gets the template's
 * attributes where its own differ ({@code SetQueueAttributes},
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html).
 */
public final class QueueProvisioner implements Provisioner {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final SqsClient sqs;

    public QueueProvisioner(SqsClient sqs) {
        this.sqs = sqs;
    }

    static String queueName(ResourceProperties properties) {
        return properties.text("QueueName").orElseGet(() -> Names.generated(properties.resource(), 80, false));
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::SQS::Queue");
    }

    @Override
    public Optional<Provisioned> create(ResourceProperties properties) {
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
        Optional<String> existing = existingUrl(name);
        String url = existing.orElseGet(() ->
                sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl());
        Map<QueueAttributeName, String> current = sqs.getQueueAttributes(
                        b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributes();
        PhysicalResource physical = new PhysicalResource(
                url, Map.of("Arn", current.get(QueueAttributeName.QUEUE_ARN), "QueueName", name, "QueueUrl", url));
        if (existing.isEmpty()) {
            return Optional.of(Provisioned.created(physical));
        }
        Map<QueueAttributeName, String> differing = new EnumMap<>(QueueAttributeName.class);
        attributes.forEach((attribute, wanted) -> {
            // An attribute the service does not report cannot be seen to differ (ElasticMQ does not report a retention
            // period).
            if (current.containsKey(attribute) && !same(attribute, wanted, current.get(attribute))) {
                differing.put(attribute, wanted);
            }
        });
        if (!differing.isEmpty()) {
            sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(differing));
        }
        return Optional.of(Provisioned.existing(physical, !differing.isEmpty()));
    }

    /**
     * The queue's URL if it exists. Asked first because {@code CreateQueue} answers an existing queue's URL without
     * an error when the attributes sent match, and fails with {@code QueueNameExists} when they differ
     * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html): either way a
     * deployment could not tell a new queue from one it found.
     */
    private Optional<String> existingUrl(String name) {
        try {
            return Optional.of(sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
        } catch (QueueDoesNotExistException absent) {
            return Optional.empty();
        }
    }

    /** A redrive policy is JSON, which a service may write back with its numbers as text: compared by value. */
    private static boolean same(QueueAttributeName attribute, String wanted, String current) {
        if (attribute != QueueAttributeName.REDRIVE_POLICY) {
            return wanted.equals(current);
        }
        JsonNode a = JSON.readTree(wanted);
        JsonNode b = JSON.readTree(current);
        return a.propertyNames().equals(b.propertyNames())
                && a.propertyNames().stream()
                        .allMatch(field ->
                                a.path(field).asString().equals(b.path(field).asString()));
    }
}
