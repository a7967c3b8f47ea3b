package dev.tandem.catalog.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.catalog.AwsError;
import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import dev.tandem.catalog.FaultInjectingEventBridgeClient;
import dev.tandem.catalog.FaultInjectingHttpClient;
import dev.tandem.catalog.PaymentJobsQueue;
import dev.tandem.events.Money;
import dev.tandem.events.OrderLine;
import dev.tandem.events.OrderPlaced;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Every order is announced on the bus once, whatever the bus or the relay go through. */
class OutboxRelayIT extends CatalogIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final Duration NO_DUPLICATE_WINDOW = Duration.ofSeconds(2);
    private static final Duration BUS_OUTAGE = Duration.ofSeconds(30);

    @Autowired
    private FaultInjectingHttpClient wire;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private FaultInjectingEventBridgeClient bus;

    @Autowired
    private OrderOutboxRelay relay;

    @Autowired
    private Outbox outbox;

    private PaymentJobsQueue paymentJobs;

    @BeforeEach
    void watchThePaymentJobsQueue(SqsClient sqs) {
        paymentJobs = new PaymentJobsQueue(sqs);
    }

    @Test
    void announcesEachOrderOnceEvenWhenTheBusFailsTwice(DynamoDbClient dynamoDb) {
        bus.failNextPutEvents(2);
        Map<String, String> correlationIdOfOrder = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String correlationId = "it-relay-" + UUID.randomUUID();
            correlationIdOfOrder.put(placeOrder(correlationId), correlationId);
        }

        await().atMost(DEADLINE).until(() -> correlationIdOfOrder.keySet().stream()
                .allMatch(order -> !paymentJobs.announcementsOf(order).isEmpty()));
        await().during(NO_DUPLICATE_WINDOW)
                .atMost(NO_DUPLICATE_WINDOW.plusSeconds(3))
                .until(() -> correlationIdOfOrder.keySet().stream()
                        .allMatch(order -> paymentJobs.announcementsOf(order).size() == 1));

        assertThat(bus.failuresInjected()).isEqualTo(2);
        correlationIdOfOrder.forEach((orderId, correlationId) -> {
            OrderPlaced announced = paymentJobs.announcementsOf(orderId).getFirst();
            assertThat(announced.correlationId()).isEqualTo(correlationId);
            assertThat(announced.paymentToken()).isEqualTo("tok_visa");
            assertThat(announced.total()).isEqualTo(new Money(2 * 450, "EUR"));
            Map<String, AttributeValue> record = outboxRecord(dynamoDb, announced.eventId());
            assertThat(record).containsKey("sentAt").doesNotContainKeys("pending", "leaseUntil");
        });
    }

    /** EventBridge's PutEvents errors: https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html */
    @Test
    void backsOffThroughThirtySecondsOfFailingPutEventsAndThenAnnouncesEveryOrderOnce() {
        double failedRoundsBefore = failedRounds();
        wire.answerFor(
                FaultInjectingHttpClient.EVENTBRIDGE_PUT_EVENTS,
                new AwsError(500, "InternalException", "An internal error occurred."),
                BUS_OUTAGE);
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(placeOrder("it-outage-" + UUID.randomUUID()));
        }

        await().atMost(BUS_OUTAGE.plus(DEADLINE)).until(() -> orders.stream()
                .allMatch(order -> !paymentJobs.announcementsOf(order).isEmpty()));
        await().during(NO_DUPLICATE_WINDOW)
                .atMost(NO_DUPLICATE_WINDOW.plusSeconds(3))
                .until(() -> orders.stream()
                        .allMatch(order -> paymentJobs.announcementsOf(order).size() == 1));

        // The relay kept trying throughout (how long it pauses between rounds is BackoffTest's subject).
        assertThat(failedRounds() - failedRoundsBefore).isGreaterThanOrEqualTo(5);
    }

    private double failedRounds() {
        return meters.counter("tandem.outbox.failed.rounds").count();
    }

    @Test
    void announcesOrdersPlacedWhileTheRelayWasStoppedOnceItRunsAgain(DynamoDbClient dynamoDb) {
        relay.stop();
        String orderId;
        try {
            orderId = placeOrder("it-restart-" + UUID.randomUUID());
            await().during(NO_DUPLICATE_WINDOW)
                    .atMost(NO_DUPLICATE_WINDOW.plusSeconds(3))
                    .until(() -> paymentJobs.announcementsOf(orderId).isEmpty());
        } finally {
            relay.start();
        }

        await().atMost(DEADLINE)
                .until(() -> paymentJobs.announcementsOf(orderId).size() == 1);
        await().during(NO_DUPLICATE_WINDOW)
                .atMost(NO_DUPLICATE_WINDOW.plusSeconds(3))
                .until(() -> paymentJobs.announcementsOf(orderId).size() == 1);
    }

    @Test
    void takesOverARecordWhoseRelayCrashedOnceItsLeaseHasExpired(DynamoDbClient dynamoDb) {
        OrderPlaced abandoned = orderPlaced();
        OrderPlaced stillLeased = orderPlaced();
        Instant now = Instant.now();
        putLeasedRecord(dynamoDb, abandoned, now.minusSeconds(1));
        putLeasedRecord(dynamoDb, stillLeased, now.plusSeconds(60));
        try {
            await().atMost(DEADLINE)
                    .until(() ->
                            paymentJobs.announcementsOf(abandoned.orderId()).size() == 1);
            assertThat(paymentJobs
                            .announcementsOf(abandoned.orderId())
                            .getFirst()
                            .eventId())
                    .isEqualTo(abandoned.eventId());
            await().during(NO_DUPLICATE_WINDOW)
                    .atMost(NO_DUPLICATE_WINDOW.plusSeconds(3))
                    .until(() ->
                            paymentJobs.announcementsOf(stillLeased.orderId()).isEmpty());
        } finally {
            // Left alone, it would stay unpublished for a minute, and OutboxBacklogIT waits for an empty outbox.
            dynamoDb.deleteItem(request ->
                    request.tableName("it-outbox").key(Map.of("id", AttributeValue.fromS(stillLeased.eventId()))));
        }
    }

    private String placeOrder(String correlationId) {
        String product = api().createProduct(450, "EUR", 10).at("/id").asString();
        CatalogApi.Response placed = api().sendJson(
                        "POST",
                        "/api/orders",
                        Map.of(
                                "items", List.of(Map.of("productId", product, "quantity", 2)),
                                "paymentToken", "tok_visa",
                                "customerEmail", "ada@example.com"),
                        "X-Correlation-Id",
                        correlationId);
        assertThat(placed.status()).isEqualTo(201);
        return placed.json().at("/orderId").asString();
    }

    private static OrderPlaced orderPlaced() {
        Money price = new Money(300, "EUR");
        return new OrderPlaced(
                UUID.randomUUID().toString(),
                Instant.now(),
                "it-crash",
                OrderPlaced.VERSION,
                UUID.randomUUID().toString(),
                List.of(new OrderLine(UUID.randomUUID().toString(), 1, price)),
                price,
                "tok_visa");
    }

    /** What a relay that took the lease and then died leaves behind. */
    private void putLeasedRecord(DynamoDbClient dynamoDb, OrderPlaced event, Instant leaseUntil) {
        Map<String, AttributeValue> item = new HashMap<>(outbox.put(event).put().item());
        item.put("leaseUntil", AttributeValue.fromN(Long.toString(leaseUntil.toEpochMilli())));
        dynamoDb.putItem(request ->
                request.tableName(outbox.put(event).put().tableName()).item(item));
    }

    private static Map<String, AttributeValue> outboxRecord(DynamoDbClient dynamoDb, String eventId) {
        return dynamoDb.getItem(request -> request.tableName("it-outbox")
                        .key(Map.of("id", AttributeValue.fromS(eventId)))
                        .consistentRead(true))
                .item();
    }
}
