package dev.tandem.catalog.order;

import dev.tandem.catalog.dynamodb.CatalogTables;
import dev.tandem.catalog.dynamodb.Items;
import dev.tandem.events.PaymentFailureReason;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Orders in the orders table and idempotency keys in the claims table. Status changes are
 * conditional on the order still being {@code PENDING_PAYMENT}, which is what makes a paid order
 * stay paid and a failed one release its stock only once.
 */
@Repository
class OrderRepository {

    private final CatalogTables tables;
    private final DynamoDbClient dynamoDb;

    OrderRepository(CatalogTables tables, DynamoDbClient dynamoDb) {
        this.tables = tables;
        this.dynamoDb = dynamoDb;
    }

    Optional<Order> find(String id) {
        return read(tables.orders(), id).map(document -> Items.fromDocument(document, Order.class));
    }

    /** The key's claim, unless it has expired. */
    Optional<IdempotencyClaim> findClaim(String idempotencyKey, Instant now) {
        return read(tables.claims(), IdempotencyClaim.idOf(idempotencyKey))
                .map(document -> Items.fromDocument(document, IdempotencyClaim.class))
                .filter(claim -> !claim.expiredAt(now));
    }

    TransactWriteItem put(Order order) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tables.orders().tableName())
                        .item(Items.toItem(order))
                        .conditionExpression("attribute_not_exists(id)"))
                .build();
    }

    /** Claims the key for an order; fails the transaction if the key is taken and has not expired. */
    TransactWriteItem claim(IdempotencyClaim claim, Instant now) {
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tables.claims().tableName())
                        .item(Items.toItem(claim))
                        .conditionExpression("attribute_not_exists(id) OR expiresAt < :now")
                        .expressionAttributeValues(
                                Map.of(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())))))
                .build();
    }

    /**
     * {@code PENDING_PAYMENT} to {@code PAID}; false if the order is not pending (or unknown). The
     * same write puts the order on the paid orders' index ({@code paid}, {@code paidAt}); being
     * conditional on the order still pending, a redelivered payment result cannot put it there twice
     * or move it.
     */
    boolean markPaid(String orderId, String paymentId, Instant now) {
        try {
            dynamoDb.updateItem(request -> request.tableName(tables.orders().tableName())
                    .key(Map.of("id", AttributeValue.fromS(orderId)))
                    .updateExpression(
                            "SET #status = :paid, paymentId = :paymentId, updatedAt = :now, paid = :paidMarker,"
                                    + " paidAt = :paidAt")
                    .conditionExpression("#status = :pending")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(
                            ":paid", AttributeValue.fromS(OrderStatus.PAID.name()),
                            ":pending", AttributeValue.fromS(OrderStatus.PENDING_PAYMENT.name()),
                            ":paymentId", AttributeValue.fromS(paymentId),
                            ":paidMarker", AttributeValue.fromS(CatalogTables.PAID),
                            ":paidAt", AttributeValue.fromS(CatalogTables.sortable(now)),
                            ":now", AttributeValue.fromS(now.toString()))));
            return true;
        } catch (ConditionalCheckFailedException notPending) {
            return false;
        }
    }

    /** {@code PENDING_PAYMENT} to {@code PAYMENT_FAILED}, as an item of the transaction that releases the stock. */
    TransactWriteItem failPayment(String orderId, PaymentFailureReason reason, Instant now) {
        return TransactWriteItem.builder()
                .update(update -> update.tableName(tables.orders().tableName())
                        .key(Map.of("id", AttributeValue.fromS(orderId)))
                        .updateExpression("SET #status = :failed, failureReason = :reason, updatedAt = :now")
                        .conditionExpression("#status = :pending")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(
                                ":failed", AttributeValue.fromS(OrderStatus.PAYMENT_FAILED.name()),
                                ":pending", AttributeValue.fromS(OrderStatus.PENDING_PAYMENT.name()),
                                ":reason", AttributeValue.fromS(reason.name()),
                                ":now", AttributeValue.fromS(now.toString()))))
                .build();
    }

    private static Optional<EnhancedDocument> read(DynamoDbTable<EnhancedDocument> table, String id) {
        return Optional.ofNullable(table.getItem(
                request -> request.key(key -> key.partitionValue(id)).consistentRead(true)));
    }
}
