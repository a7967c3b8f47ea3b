package dev.tandem.functions.payments;

import dev.tandem.events.EventCodec;
import dev.tandem.events.EventType;
import dev.tandem.events.TandemEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One DynamoDB item per order that the payment-processor has started, so that a charge happens
 * once however often SQS delivers the order. Conditional writes do the locking:
 *
 * <ul>
 *   <li>{@code claim} creates the item as {@code IN_PROGRESS} with a random lock token and {@code
 *       lockedUntil} (epoch milliseconds) at the end of the claiming invocation, unless it exists;
 *       an {@code IN_PROGRESS} item whose {@code lockedUntil} has passed belonged to an invocation
 *       that is dead (Lambda ended it at its timeout) and is taken over.
 *   <li>{@code complete} stores the result event and turns the item {@code COMPLETED}, only for the
 *       holder of the lock token.
 *   <li>{@code release} deletes an unfinished claim after a passing failure, so that the retry
 *       need not wait for the lock to expire.
 * </ul>
 *
 * <p>Items expire through the table's TTL attribute {@code expiresAt} (epoch seconds) after 14
 * days, SQS's longest message retention: no delivery of an order can arrive later than that.
 */
final class IdempotencyStore {

    static final String ORDER_ID = "orderId";
    static final String STATUS = "status";
    static final String LOCK_TOKEN = "lockToken";
    static final String LOCKED_UNTIL = "lockedUntil";
    static final String OUTCOME_TYPE = "outcomeType";
    static final String OUTCOME = "outcome";
    static final String EXPIRES_AT = "expiresAt";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";

    private static final Duration RETENTION = Duration.ofDays(14);

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final EventCodec codec;

    IdempotencyStore(DynamoDbClient dynamoDb, String tableName, EventCodec codec) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.codec = codec;
    }

    Claim claim(String orderId, Instant now, Instant lockedUntil) {
        String token = UUID.randomUUID().toString();
        try {
            dynamoDb.putItem(request -> request.tableName(tableName)
                    .item(Map.of(
                            ORDER_ID, s(orderId),
                            STATUS, s(IN_PROGRESS),
                            LOCK_TOKEN, s(token),
                            LOCKED_UNTIL, n(lockedUntil.toEpochMilli()),
                            EXPIRES_AT, n(now.plus(RETENTION).getEpochSecond())))
                    .conditionExpression("attribute_not_exists(#id) OR (#status = :inProgress AND #lockedUntil < :now)")
                    .expressionAttributeNames(Map.of("#id", ORDER_ID, "#status", STATUS, "#lockedUntil", LOCKED_UNTIL))
                    .expressionAttributeValues(Map.of(":inProgress", s(IN_PROGRESS), ":now", n(now.toEpochMilli()))));
            return new Claim.Acquired(token);
        } catch (ConditionalCheckFailedException taken) {
            return existingClaim(orderId);
        }
    }

    /** Whether the outcome was stored; {@code false} if this delivery's lock was taken over. */
    boolean complete(String orderId, String lockToken, TandemEvent outcome) {
        try {
            dynamoDb.updateItem(request -> request.tableName(tableName)
                    .key(Map.of(ORDER_ID, s(orderId)))
                    .updateExpression("SET #status = :completed, #type = :type, #outcome = :outcome"
                            + " REMOVE #token, #lockedUntil")
                    .conditionExpression("#token = :token")
                    .expressionAttributeNames(Map.of(
                            "#status", STATUS,
                            "#type", OUTCOME_TYPE,
                            "#outcome", OUTCOME,
                            "#token", LOCK_TOKEN,
                            "#lockedUntil", LOCKED_UNTIL))
                    .expressionAttributeValues(Map.of(
                            ":completed", s(COMPLETED),
                            ":type", s(outcome.type().detailType()),
                            ":outcome", s(codec.toDetail(outcome)),
                            ":token", s(lockToken))));
            return true;
        } catch (ConditionalCheckFailedException lockLost) {
            return false;
        }
    }

    void release(String orderId, String lockToken) {
        try {
            dynamoDb.deleteItem(request -> request.tableName(tableName)
                    .key(Map.of(ORDER_ID, s(orderId)))
                    .conditionExpression("#token = :token")
                    .expressionAttributeNames(Map.of("#token", LOCK_TOKEN))
                    .expressionAttributeValues(Map.of(":token", s(lockToken))));
        } catch (ConditionalCheckFailedException alreadyTakenOver) {
            // Someone else holds the order now; their claim is theirs to finish.
        }
    }

    private Claim existingClaim(String orderId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName)
                        .key(Map.of(ORDER_ID, s(orderId)))
                        .consistentRead(true))
                .item();
        if (item != null
                && item.containsKey(STATUS)
                && COMPLETED.equals(item.get(STATUS).s())) {
            EventType type = EventType.forDetailType(item.get(OUTCOME_TYPE).s())
                    .orElseThrow(() -> new IllegalStateException("order " + orderId + " has an unknown stored outcome "
                            + item.get(OUTCOME_TYPE).s()));
            return new Claim.Completed(codec.fromDetail(item.get(OUTCOME).s(), type.recordType()));
        }
        // Still in progress, or released between the failed write and this read: either way the
        // order is not done, and a later delivery will find out which.
        long lockedUntil = item != null && item.containsKey(LOCKED_UNTIL)
                ? Long.parseLong(item.get(LOCKED_UNTIL).n())
                : 0;
        return new Claim.Busy(Instant.ofEpochMilli(lockedUntil));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
