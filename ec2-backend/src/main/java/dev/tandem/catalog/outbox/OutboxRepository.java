package dev.tandem.catalog.outbox;

import dev.tandem.catalog.dynamodb.CatalogTables;
import dev.tandem.catalog.dynamodb.Items;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The relay's view of the outbox table: find what is unpublished, take a lease on a record before
 * publishing it (so that two relays, or a relay and its restarted self, never publish one record
 * at the same time), and mark it sent afterwards. It also measures the backlog for the metrics.
 */
@Repository
class OutboxRepository {

    /** Published records stay a week for inspection, then DynamoDB's TTL removes them. */
    private static final Duration KEEP_SENT = Duration.ofDays(7);

    private final CatalogTables tables;
    private final DynamoDbClient dynamoDb;

    OutboxRepository(CatalogTables tables, DynamoDbClient dynamoDb) {
        this.tables = tables;
        this.dynamoDb = dynamoDb;
    }

    /** Up to {@code limit} unpublished records, oldest first (leased ones included). */
    List<OutboxRecord> findPending(int limit) {
        return tables
                .outbox()
                .index(CatalogTables.OUTBOX_PENDING_INDEX)
                .query(request -> request.queryConditional(
                                QueryConditional.keyEqualTo(key -> key.partitionValue(OutboxRecord.PENDING)))
                        .limit(limit))
                .stream()
                .findFirst()
                .map(page -> page.items().stream()
                        .map(document -> Items.fromDocument(document, OutboxRecord.class))
                        .toList())
                .orElse(List.of());
    }

    /**
     * How many records are unpublished (leased ones included) and when the oldest was written, read
     * from the sparse index alone: it holds exactly the unpublished records, so counting it costs in
     * proportion to the backlog, not to the table. The count and the oldest are two queries, not a
     * snapshot; for a metric sampled once a minute that is close enough.
     */
    OutboxBacklog measureBacklog() {
        long count = dynamoDb
                .queryPaginator(pendingRecords().select(Select.COUNT).build())
                .stream()
                .mapToLong(QueryResponse::count)
                .sum();
        Optional<Instant> oldest = dynamoDb
                .query(pendingRecords()
                        .scanIndexForward(true)
                        .limit(1)
                        .projectionExpression("createdAt")
                        .build())
                .items()
                .stream()
                .findFirst()
                .map(item -> Instant.parse(item.get("createdAt").s()));
        return new OutboxBacklog(count, oldest);
    }

    /** Takes the lease on a pending record whose lease is free or expired; false if someone else has it. */
    boolean lease(String id, Instant now, Instant until) {
        try {
            dynamoDb.updateItem(request -> request.tableName(tables.outbox().tableName())
                    .key(key(id))
                    .updateExpression("SET leaseUntil = :until")
                    .conditionExpression(
                            "attribute_exists(pending) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)")
                    .expressionAttributeValues(
                            Map.of(":until", number(until.toEpochMilli()), ":now", number(now.toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    void markSent(String id, Instant sentAt) {
        dynamoDb.updateItem(request -> request.tableName(tables.outbox().tableName())
                .key(key(id))
                .updateExpression("SET sentAt = :sentAt, expiresAt = :expiresAt REMOVE pending, leaseUntil")
                .expressionAttributeValues(Map.of(
                        ":sentAt", AttributeValue.fromS(sentAt.toString()),
                        ":expiresAt", number(sentAt.plus(KEEP_SENT).getEpochSecond()))));
    }

    /** Gives up the lease early, so the next round may retry the record without waiting for it to expire. */
    void release(String id) {
        dynamoDb.updateItem(request ->
                request.tableName(tables.outbox().tableName()).key(key(id)).updateExpression("REMOVE leaseUntil"));
    }

    private QueryRequest.Builder pendingRecords() {
        return QueryRequest.builder()
                .tableName(tables.outbox().tableName())
                .indexName(CatalogTables.OUTBOX_PENDING_INDEX)
                .keyConditionExpression("#pending = :pending")
                .expressionAttributeNames(Map.of("#pending", "pending"))
                .expressionAttributeValues(Map.of(":pending", AttributeValue.fromS(OutboxRecord.PENDING)));
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("id", AttributeValue.fromS(id));
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
