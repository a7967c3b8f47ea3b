package dev.tandem.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/** PutEvents accepts or refuses each entry on its own, and each accepted event is delivered exactly once. */
@ExtendWith(LocalAwsExtension.class)
class PutEventsIT {

    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final String source = "tandem.test." + UUID.randomUUID();

    PutEventsIT(EventBridgeClient events, SqsClient sqs) {
        this.events = events;
        this.sqs = sqs;
    }

    @Test
    void refusesTheInvalidEntryAndDeliversEachValidOneExactlyOnce() {
        TestQueue orders = route("OrderPlaced");
        TestQueue payments = route("PaymentSucceeded");

        PutEventsResponse response = events.putEvents(request -> request.entries(
                entry("OrderPlaced", "{\"orderId\":\"o-1\"}"),
                PutEventsRequestEntry.builder()
                        .source(source)
                        .detail("{\"orderId\":\"o-2\"}")
                        .build(),
                entry("PaymentSucceeded", "{\"orderId\":\"o-1\"}")));

        assertThat(response.failedEntryCount()).isEqualTo(1);
        assertThat(response.entries()).hasSize(3);
        assertThat(response.entries().get(1))
                .isEqualTo(PutEventsResultEntry.builder()
                        .errorCode("InvalidArgument")
                        .errorMessage("Parameter DetailType is not valid. Reason: DetailType is a required argument.")
                        .build());
        assertThat(response.entries().get(0).eventId()).isNotBlank();
        assertThat(response.entries().get(2).eventId()).isNotBlank();
        assertArrivesExactlyOnce(orders, response.entries().get(0).eventId());
        assertArrivesExactlyOnce(payments, response.entries().get(2).eventId());
    }

    @Test
    void refusesADetailThatIsNotAJsonObject() {
        PutEventsResponse response = events.putEvents(request -> request.entries(entry("OrderPlaced", "{not json")));

        assertThat(response.failedEntryCount()).isEqualTo(1);
        assertThat(response.entries().getFirst().errorCode()).isEqualTo("MalformedDetail");
        assertThat(response.entries().getFirst().errorMessage()).isEqualTo("Detail is malformed.");
    }

    @Test
    void refusesAnEntryForABusThatDoesNotExist() {
        PutEventsResponse response = events.putEvents(request -> request.entries(entry("OrderPlaced", "{}").toBuilder()
                .eventBusName("missing-bus")
                .build()));

        assertThat(response.failedEntryCount()).isEqualTo(1);
        assertThat(response.entries().getFirst().errorMessage()).isEqualTo("Event bus missing-bus does not exist.");
    }

    private TestQueue route(String detailType) {
        TestQueue queue = TestQueue.create(sqs, detailType.toLowerCase());
        String rule = TestQueue.uniqueName(detailType);
        events.putRule(request -> request.name(rule)
                .eventPattern("{\"source\":[\"" + source + "\"],\"detail-type\":[\"" + detailType + "\"]}"));
        events.putTargets(request -> request.rule(rule)
                .targets(Target.builder().id("queue").arn(queue.arn()).build()));
        return queue;
    }

    private PutEventsRequestEntry entry(String detailType, String detail) {
        return PutEventsRequestEntry.builder()
                .source(source)
                .detailType(detailType)
                .detail(detail)
                .build();
    }

    /** Polls until the event is there, then watches for a while that no second copy follows. */
    private static void assertArrivesExactlyOnce(TestQueue queue, String eventId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !queue.received().isEmpty());
        await().during(Duration.ofMillis(700))
                .atMost(Duration.ofSeconds(3))
                .until(() -> queue.received().size() == 1);
        String delivered = JsonMapper.shared()
                .readTree(queue.received().getFirst().body())
                .path("id")
                .asString();
        assertThat(delivered).isEqualTo(eventId);
    }
}
