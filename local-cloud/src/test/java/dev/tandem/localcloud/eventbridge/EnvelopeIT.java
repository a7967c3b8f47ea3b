package dev.tandem.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an SQS target receives: the whole envelope; targets that would transform it are refused. */
@ExtendWith(LocalAwsExtension.class)
class EnvelopeIT {

    private static final String DETAIL = "{\"orderId\":\"o-1\",\"items\":[{\"sku\":\"mug\",\"quantity\":2}]}";

    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final String source = "tandem.test." + UUID.randomUUID();

    EnvelopeIT(EventBridgeClient events, SqsClient sqs) {
        this.events = events;
        this.sqs = sqs;
    }

    @Test
    void deliversTheFullEventBridgeEnvelope() {
        TestQueue queue = TestQueue.create(sqs, "envelope");
        route(target(queue).build());
        PutEventsRequestEntry entry = orderPlaced().toBuilder()
                .time(Instant.parse("2026-11-22T08:30:15Z"))
                .resources("arn:aws:dynamodb:us-east-1:000000000000:table/orders")
                .build();

        String eventId = events.putEvents(request -> request.entries(entry))
                .entries()
                .getFirst()
                .eventId();

        JsonNode envelope = JsonMapper.shared().readTree(only(queue));
        assertThat(envelope.path("version").asString()).isEqualTo("0");
        assertThat(envelope.path("id").asString()).isEqualTo(eventId);
        assertThat(envelope.path("detail-type").asString()).isEqualTo("OrderPlaced");
        assertThat(envelope.path("source").asString()).isEqualTo(source);
        assertThat(envelope.path("account").asString()).isEqualTo("000000000000");
        assertThat(envelope.path("time").asString()).isEqualTo("2026-11-22T08:30:15Z");
        assertThat(envelope.path("region").asString()).isEqualTo("us-east-1");
        assertThat(envelope.path("resources").get(0).asString())
                .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/orders");
        assertThat(envelope.path("detail")).isEqualTo(JsonMapper.shared().readTree(DETAIL));
    }

    @Test
    void refusesATargetThatTransformsTheEvent() {
        String rule = TestQueue.uniqueName("envelope");
        events.putRule(request -> request.name(rule).eventPattern("{\"source\":[\"" + source + "\"]}"));
        TestQueue queue = TestQueue.create(sqs, "input-path");

        var response = events.putTargets(request ->
                request.rule(rule).targets(target(queue).inputPath("$.detail").build()));

        assertThat(response.failedEntryCount()).isEqualTo(1);
        assertThat(response.failedEntries().getFirst().errorMessage()).contains("InputPath");
    }

    private static Target.Builder target(TestQueue queue) {
        return Target.builder().id("queue").arn(queue.arn());
    }

    private void route(Target target) {
        String rule = TestQueue.uniqueName("envelope");
        events.putRule(request -> request.name(rule).eventPattern("{\"source\":[\"" + source + "\"]}"));
        events.putTargets(request -> request.rule(rule).targets(target));
    }

    private PutEventsRequestEntry orderPlaced() {
        return PutEventsRequestEntry.builder()
                .source(source)
                .detailType("OrderPlaced")
                .detail(DETAIL)
                .build();
    }

    private static String only(TestQueue queue) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !queue.received().isEmpty());
        return queue.received().getFirst().body();
    }
}
