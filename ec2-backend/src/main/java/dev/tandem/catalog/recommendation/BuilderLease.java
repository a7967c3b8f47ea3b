package dev.tandem.catalog.recommendation;

import dev.tandem.catalog.dynamodb.CatalogTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The lease that lets one instance at a time rebuild the model: one item of the leases table,
 * taken with a conditional {@code PutItem} that succeeds only if nobody holds it, its holder's time
 * is up, or the taker already holds it. As with the outbox relay's leases, a crashed holder's lease
 * simply expires; the owner's name makes a release by anyone else a no-op.
 *
 * <p>Conditional writes are atomic per item, so two takers racing for a free lease cannot both
 * succeed: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
 */
class BuilderLease {

    static final String ID = "recommendation-model-build";

    private final CatalogTables tables;
    private final DynamoDbClient dynamoDb;
    private final Clock clock;
    private final String id;

    /**
     * A lease on the item {@code id}; the service's is {@value #ID} (see {@link
     * RecommendationConfiguration}), and tests take leases of their own beside it.
     */
    BuilderLease(CatalogTables tables, DynamoDbClient dynamoDb, Clock clock, String id) {
        this.tables = tables;
        this.dynamoDb = dynamoDb;
        this.clock = clock;
        this.id = id;
    }

    /** Takes (or extends) the lease for {@code owner} for {@code duration}; false if another holds it. */
    boolean tryAcquire(String owner, Duration duration) {
        Instant now = clock.instant();
        try {
            dynamoDb.putItem(request -> request.tableName(tables.leases().tableName())
                    .item(Map.of(
                            "id", AttributeValue.fromS(id),
                            "owner", AttributeValue.fromS(owner),
                            "leaseUntil", millis(now.plus(duration)),
                            "acquiredAt", AttributeValue.fromS(now.toString())))
                    .conditionExpression("attribute_not_exists(id) OR leaseUntil < :now OR #owner = :owner")
                    .expressionAttributeNames(Map.of("#owner", "owner"))
                    .expressionAttributeValues(Map.of(":now", millis(now), ":owner", AttributeValue.fromS(owner))));
            return true;
        } catch (ConditionalCheckFailedException held) {
            return false;
        }
    }

    /** Gives the lease up at once if {@code owner} still holds it, so the next build need not wait for it to expire. */
    void release(String owner) {
        try {
            dynamoDb.updateItem(request -> request.tableName(tables.leases().tableName())
                    .key(Map.of("id", AttributeValue.fromS(id)))
                    .updateExpression("SET leaseUntil = :zero")
                    .conditionExpression("#owner = :owner")
                    .expressionAttributeNames(Map.of("#owner", "owner"))
                    .expressionAttributeValues(
                            Map.of(":zero", AttributeValue.fromN("0"), ":owner", AttributeValue.fromS(owner))));
        } catch (ConditionalCheckFailedException notOurs) {
            // Expired and taken by another instance meanwhile: theirs to release.
        }
    }

    private static AttributeValue millis(Instant instant) {
        return AttributeValue.fromN(Long.toString(instant.toEpochMilli()));
    }
}
