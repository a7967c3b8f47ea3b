package dev.tandem.catalog.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.tandem.catalog.CatalogIntegrationTest;
import dev.tandem.catalog.FaultInjectingCloudWatchClient;
import dev.tandem.events.Money;
import dev.tandem.events.OrderLine;
import dev.tandem.events.OrderPlaced;
import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.cloudwatch.MetricDatapoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The service publishes the outbox backlog to CloudWatch (LocalAws's, here, every second): how many
 * records wait, and how long the oldest has waited.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboxBacklogIT extends CatalogIntegrationTest {

    private static final String NAMESPACE = "Tandem";
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final int WAITING_RECORDS = 3;
    private static final Duration OLDEST_WAITED = Duration.ofMinutes(5);

    @Autowired
    private OrderOutboxRelay relay;

    @Autowired
    private Outbox outbox;

    @Autowired
    private FaultInjectingCloudWatchClient cloudWatch;

    @Test
    void publishesHowManyRecordsWaitAndHowLongTheOldestHasWaitedThenZeroOnceTheyAreSent(
            LocalAws aws, DynamoDbClient dynamoDb) {
        // Whatever earlier tests left in the outbox is published within seconds while the relay runs.
        Instant start = Instant.now();
        await().atMost(DEADLINE).until(() -> latest(aws, OutboxBacklogPublisher.BACKLOG_METRIC)
                .filter(backlog -> !backlog.timestamp().isBefore(start))
                .map(backlog -> backlog.value() == 0)
                .orElse(false));
        List<OrderPlaced> waiting = new ArrayList<>();
        relay.stop();
        try {
            Instant oldestCreatedAt = Instant.now().minus(OLDEST_WAITED);
            for (int i = 0; i < WAITING_RECORDS; i++) {
                OrderPlaced event = orderPlaced(oldestCreatedAt.plusSeconds(i));
                dynamoDb.transactWriteItems(transaction -> transaction.transactItems(outbox.put(event)));
                waiting.add(event);
            }
            Instant written = Instant.now();

            MetricDatapoint backlog = awaitFirstAfter(aws, OutboxBacklogPublisher.BACKLOG_METRIC, written);
            MetricDatapoint oldestAge = awaitFirstAfter(aws, OutboxBacklogPublisher.OLDEST_AGE_METRIC, written);

            assertThat(backlog.value()).isEqualTo(WAITING_RECORDS);
            assertThat(backlog.unit()).isEqualTo("Count");
            assertThat(backlog.hasDimensions(Map.of("Environment", METRICS_ENVIRONMENT)))
                    .isTrue();
            assertThat(oldestAge.timestamp()).isEqualTo(backlog.timestamp());
            assertThat(oldestAge.unit()).isEqualTo("Seconds");
            assertThat(oldestAge.value())
                    .isCloseTo(
                            Duration.between(oldestCreatedAt, backlog.timestamp())
                                            .toMillis()
                                    / 1000.0,
                            within(0.01));
        } finally {
            relay.start();
        }

        await().atMost(DEADLINE).until(() -> waiting.stream().allMatch(event -> isSent(dynamoDb, event)));
        Instant sent = Instant.now();
        assertThat(awaitFirstAfter(aws, OutboxBacklogPublisher.BACKLOG_METRIC, sent)
                        .value())
                .isZero();
        assertThat(awaitFirstAfter(aws, OutboxBacklogPublisher.OLDEST_AGE_METRIC, sent)
                        .value())
                .isZero();
    }

    @Test
    void warnsWhenCloudWatchIsUnreachableAndPublishesAgainWhenItIsBack(LocalAws aws, CapturedOutput output) {
        cloudWatch.failNextPutMetricData(2, OutboxBacklogPublisher.BACKLOG_METRIC);

        await().atMost(DEADLINE).until(() -> cloudWatch.failuresInjected() == 2);
        Instant recovered = Instant.now();

        assertThat(awaitFirstAfter(aws, OutboxBacklogPublisher.BACKLOG_METRIC, recovered))
                .isNotNull();
        assertThat(output.getOut()
                        .lines()
                        .filter(line -> line.contains("WARN")
                                && line.contains("Could not publish the outbox backlog to CloudWatch")))
                .hasSize(2);
    }

    private static MetricDatapoint awaitFirstAfter(LocalAws aws, String metric, Instant after) {
        return await().atMost(DEADLINE)
                .until(() -> firstAfter(aws, metric, after), Optional::isPresent)
                .orElseThrow();
    }

    private static Optional<MetricDatapoint> latest(LocalAws aws, String metric) {
        return published(aws, metric).max(Comparator.comparing(MetricDatapoint::timestamp));
    }

    /**
     * The first datapoint the service measured at or after {@code after}, if one has arrived yet. (A
     * datapoint's timestamp is when the service began to measure, so it counted what was there then.)
     */
    private static Optional<MetricDatapoint> firstAfter(LocalAws aws, String metric, Instant after) {
        return published(aws, metric)
                .filter(datum -> !datum.timestamp().isBefore(after))
                .min(Comparator.comparing(MetricDatapoint::timestamp));
    }

    private static Stream<MetricDatapoint> published(LocalAws aws, String metric) {
        return aws.cloudWatch().datapoints(NAMESPACE, metric).stream()
                .filter(datum -> datum.hasDimensions(Map.of("Environment", METRICS_ENVIRONMENT)));
    }

    private static boolean isSent(DynamoDbClient dynamoDb, OrderPlaced event) {
        return dynamoDb.getItem(request -> request.tableName("it-outbox")
                        .key(Map.of("id", AttributeValue.fromS(event.eventId())))
                        .consistentRead(true))
                .item()
                .containsKey("sentAt");
    }

    private static OrderPlaced orderPlaced(Instant occurredAt) {
        Money price = new Money(300, "EUR");
        return new OrderPlaced(
                UUID.randomUUID().toString(),
                occurredAt,
                "it-backlog",
                OrderPlaced.VERSION,
                UUID.randomUUID().toString(),
                List.of(new OrderLine(UUID.randomUUID().toString(), 1, price)),
                price,
                "tok_visa");
    }
}
