package dev.tandem.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens in on the app's bus the way an operator would: an extra rule with a queue of its own as target, so the
 * scenarios can count the events the app publishes without touching the app's own queues.
 */
final class EventTap implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Deployment deployment;
    private final String name;
    private final String queueUrl;
    private final List<JsonNode> envelopes = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    private EventTap(Deployment deployment, String name, String queueUrl) {
        this.deployment = deployment;
        this.name = name;
        this.queueUrl = queueUrl;
    }

    static EventTap on(Deployment deployment, String... detailTypes) {
        String name = "e2e-tap-" + UUID.randomUUID().toString().substring(0, 8);
        String queueUrl = deployment.sqs().createQueue(r -> r.queueName(name)).queueUrl();
        String queueArn = deployment.queueAttribute(queueUrl, QueueAttributeName.QUEUE_ARN);
        String pattern = JSON.writeValueAsString(Map.of("detail-type", List.of(detailTypes)));
        String ruleArn = deployment
                .eventBridge()
                .putRule(r -> r.name(name).eventBusName(Deployment.BUS).eventPattern(pattern))
                .ruleArn();
        // EventBridge may deliver to the queue only if the queue's policy lets the rule send, as on AWS.
        deployment.sqs().setQueueAttributes(r -> r.queueUrl(queueUrl)
                .attributes(Map.of(QueueAttributeName.POLICY, deliveryPolicy(queueArn, ruleArn))));
        deployment.eventBridge().putTargets(r -> r.rule(name)
                .eventBusName(Deployment.BUS)
                .targets(t -> t.id("tap").arn(queueArn)));
        return new EventTap(deployment, name, queueUrl);
    }

    /**
     * The queue policy EventBridge's rules need on an SQS target: the service principal may send, only for this rule.
     * See https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sqs-permissions
     */
    private static String deliveryPolicy(String queueArn, String ruleArn) {
        return JSON.writeValueAsString(Map.of(
                "Version",
                "2012-10-17",
                "Statement",
                List.of(Map.of(
                        "Effect",
                        "Allow",
                        "Principal",
                        Map.of("Service", "events.amazonaws.com"),
                        "Action",
                        "sqs:SendMessage",
                        "Resource",
                        queueArn,
                        "Condition",
                        Map.of("ArnEquals", Map.of("aws:SourceArn", ruleArn))))));
    }

    /** Every envelope the tap has received so far, in arrival order. */
    List<JsonNode> envelopes() {
        List<Message> batch;
        do {
            batch = deployment
                    .sqs()
                    .receiveMessage(
                            r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
                    .messages();
            for (Message message : batch) {
                bodies.add(message.body());
                envelopes.add(JSON.readTree(message.body()));
                deployment.sqs().deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        } while (!batch.isEmpty());
        return List.copyOf(envelopes);
    }

    /** The raw SQS bodies, exactly as EventBridge delivered them. */
    List<String> bodies() {
        envelopes();
        return List.copyOf(bodies);
    }

    List<JsonNode> about(String orderId) {
        return envelopes().stream()
                .filter(envelope ->
                        envelope.path("detail").path("orderId").asString().equals(orderId))
                .toList();
    }

    @Override
    public void close() {
        deployment
                .eventBridge()
                .removeTargets(r -> r.rule(name).eventBusName(Deployment.BUS).ids("tap"));
        deployment.eventBridge().deleteRule(r -> r.name(name).eventBusName(Deployment.BUS));
        deployment.sqs().deleteQueue(r -> r.queueUrl(queueUrl));
    }
}
