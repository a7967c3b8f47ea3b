package dev.tandem.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.json.JsonMapper;

/** Rules match with Event Ruler's semantics; each test publishes under a source of its own. */
@ExtendWith(LocalAwsExtension.class)
class RuleMatchingIT {

    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final String source = "tandem.test." + UUID.randomUUID();

    RuleMatchingIT(EventBridgeClient events, SqsClient sqs) {
        this.events = events;
        this.sqs = sqs;
    }

    @Test
    void routesOnlyEventsWhoseKeyHasThePrefix() {
        TestQueue uploads = ruleToQueue("{\"detail\":{\"key\":[{\"prefix\":\"uploads/\"}]}}");

        publish("{\"key\":\"renditions/p1/i1/small.webp\"}");
        publish("{\"key\":\"uploads/p1/i1\"}");

        assertOnlyArrives(uploads, "uploads/p1/i1");
    }

    @Test
    void routesEverythingButTheExcludedValues() {
        TestQueue notCancelled =
                ruleToQueue("{\"detail\":{\"key\":[{\"anything-but\":[\"CANCELLED\",\"REFUNDED\"]}]}}");

        publish("{\"key\":\"CANCELLED\"}");
        publish("{\"key\":\"PAID\"}");
        publish("{\"key\":\"REFUNDED\"}");

        assertOnlyArrives(notCancelled, "PAID");
    }

    @Test
    void routesNumbersInsideTheRange() {
        TestQueue midSized = ruleToQueue("{\"detail\":{\"total\":[{\"numeric\":[\">\",100,\"<=\",1000]}]}}");

        publish("{\"key\":\"small\",\"total\":100}");
        publish("{\"key\":\"medium\",\"total\":999.5}");
        publish("{\"key\":\"large\",\"total\":1000.01}");

        assertOnlyArrives(midSized, "medium");
    }

    @Test
    void routesNothingWhenNoRuleMatches() {
        TestQueue images = ruleToQueue("{\"detail-type\":[\"ImageProcessed\"]}");

        publish("{\"key\":\"not-an-image-event\"}");

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> images.received()
                .isEmpty());
    }

    private TestQueue ruleToQueue(String detailPattern) {
        String pattern = JsonMapper.shared()
                .readTree(detailPattern)
                .deepCopy()
                .asObject()
                .set("source", JsonMapper.shared().createArrayNode().add(source))
                .toString();
        TestQueue queue = TestQueue.create(sqs, "matching");
        String rule = TestQueue.uniqueName("rule");
        events.putRule(request -> request.name(rule).eventPattern(pattern));
        events.putTargets(request -> request.rule(rule)
                .targets(Target.builder().id("queue").arn(queue.arn()).build()));
        return queue;
    }

    private void publish(String detail) {
        var response = events.putEvents(request -> request.entries(PutEventsRequestEntry.builder()
                .source(source)
                .detailType("OrderUpdated")
                .detail(detail)
                .build()));
        assertThat(response.failedEntryCount()).isZero();
    }

    /** Waits for the one expected event, then makes sure no other arrives. */
    private static void assertOnlyArrives(TestQueue queue, String key) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !queue.received().isEmpty());
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> queue.received().size() == 1);
        assertThat(keys(queue.received())).containsExactly(key);
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream()
                .map(message -> JsonMapper.shared()
                        .readTree(message.body())
                        .path("detail")
                        .path("key")
                        .asString())
                .toList();
    }
}
