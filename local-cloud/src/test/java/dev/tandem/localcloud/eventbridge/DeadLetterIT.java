package dev.tandem.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import tools.jackson.databind.json.JsonMapper;

/** A delivery that keeps failing is retried, then dead-lettered with AWS's reasons as message attributes. */
@ExtendWith(LocalAwsExtension.class)
class DeadLetterIT {

    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final String source = "tandem.test." + UUID.randomUUID();

    DeadLetterIT(EventBridgeClient events, SqsClient sqs) {
        this.events = events;
        this.sqs = sqs;
    }

    @Test
    void retriesThenDeadLettersAnEventForAQueueThatDoesNotExist() {
        TestQueue deadLetters = TestQueue.create(sqs, "dlq");
        String missingQueue = "arn:aws:sqs:us-east-1:000000000000:" + TestQueue.uniqueName("missing");
        String rule = routeTo(missingQueue, deadLetters, 2);

        String eventId = publish();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !deadLetters.received().isEmpty());
        Message deadLetter = deadLetters.received().getFirst();
        assertThat(JsonMapper.shared().readTree(deadLetter.body()).path("id").asString())
                .isEqualTo(eventId);
        Map<String, MessageAttributeValue> reasons = deadLetter.messageAttributes();
        assertThat(reasons.get("ERROR_CODE").stringValue()).isEqualTo("RESOURCE_NOT_FOUND");
        assertThat(reasons.get("ERROR_MESSAGE").stringValue()).contains(missingQueue);
        assertThat(reasons.get("EXHAUSTED_RETRY_CONDITION").stringValue()).isEqualTo("MaximumRetryAttempts");
        assertThat(reasons.get("RETRY_ATTEMPTS").stringValue()).isEqualTo("2");
        assertThat(reasons.get("RULE_ARN").stringValue())
                .isEqualTo("arn:aws:events:us-east-1:000000000000:rule/" + rule);
        assertThat(reasons.get("TARGET_ARN").stringValue()).isEqualTo(missingQueue);
    }

    @Test
    void deliversOnceTheMissingQueueHasBeenCreated() {
        TestQueue deadLetters = TestQueue.create(sqs, "dlq");
        String queueName = TestQueue.uniqueName("late");
        routeTo("arn:aws:sqs:us-east-1:000000000000:" + queueName, deadLetters, 100);

        publish();
        String url = sqs.createQueue(request -> request.queueName(queueName)).queueUrl();

        await().atMost(Duration.ofSeconds(10)).until(() -> !sqs.receiveMessage(request -> request.queueUrl(url))
                .messages()
                .isEmpty());
        assertThat(deadLetters.received()).isEmpty();
    }

    private String routeTo(String queueArn, TestQueue deadLetters, int maximumRetryAttempts) {
        String rule = TestQueue.uniqueName("dead-letter");
        events.putRule(request -> request.name(rule).eventPattern("{\"source\":[\"" + source + "\"]}"));
        events.putTargets(request -> request.rule(rule)
                .targets(Target.builder()
                        .id("queue")
                        .arn(queueArn)
                        .retryPolicy(policy -> policy.maximumRetryAttempts(maximumRetryAttempts))
                        .deadLetterConfig(config -> config.arn(deadLetters.arn()))
                        .build()));
        return rule;
    }

    private String publish() {
        return events.putEvents(request -> request.entries(PutEventsRequestEntry.builder()
                        .source(source)
                        .detailType("OrderPlaced")
                        .detail("{\"orderId\":\"o-1\"}")
                        .build()))
                .entries()
                .getFirst()
                .eventId();
    }
}
