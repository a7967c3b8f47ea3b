package dev.tandem.catalog.recommendation;

import dev.tandem.catalog.dynamodb.CatalogTables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The paid orders, read from the orders' sparse index {@value CatalogTables#PAID_ORDERS_INDEX}: a
 * {@code Query} that touches only orders that were paid, never a scan of the table. The index has
 * one entry per order, whatever number of times its payment result was delivered: the write that
 * puts an order there is conditional on the order being unpaid.
 */
@Component
class PaidOrders {

    private final CatalogTables tables;
    private final DynamoDbClient dynamoDb;

    PaidOrders(CatalogTables tables, DynamoDbClient dynamoDb) {
        this.tables = tables;
        this.dynamoDb = dynamoDb;
    }

    /** Hands each paid order, as the product ids of its lines, to {@code order}; returns how many. */
    long forEach(Consumer<List<String>> order) {
        QueryRequest request = paid().projectionExpression("#lines")
                .expressionAttributeNames(Map.of("#paid", "paid", "#lines", "lines"))
                .build();
        long count = 0;
        for (QueryResponse page : dynamoDb.queryPaginator(request)) {
            for (Map<String, AttributeValue> item : page.items()) {
                order.accept(productIds(item.get("lines")));
                count++;
            }
        }
        return count;
    }

    /**
     * How many orders were paid at or after {@code since}, counting no further than {@code atMost}:
     * the question is only whether enough were, and the answer should cost little however many.
     */
    long countPaidSince(Instant since, int atMost) {
        QueryRequest request = QueryRequest.builder()
                .tableName(tables.orders().tableName())
                .indexName(CatalogTables.PAID_ORDERS_INDEX)
                .keyConditionExpression("#paid = :paid AND paidAt >= :since")
                .expressionAttributeNames(Map.of("#paid", "paid"))
                .expressionAttributeValues(Map.of(
                        ":paid", AttributeValue.fromS(CatalogTables.PAID),
                        ":since", AttributeValue.fromS(CatalogTables.sortable(since))))
                .select(Select.COUNT)
                .limit(atMost)
                .build();
        long count = 0;
        for (QueryResponse page : dynamoDb.queryPaginator(request)) {
            count += page.count();
            if (count >= atMost) {
                break;
            }
        }
        return count;
    }

    private QueryRequest.Builder paid() {
        return QueryRequest.builder()
                .tableName(tables.orders().tableName())
                .indexName(CatalogTables.PAID_ORDERS_INDEX)
                .keyConditionExpression("#paid = :paid")
                .expressionAttributeValues(Map.of(":paid", AttributeValue.fromS(CatalogTables.PAID)));
    }

    private static List<String> productIds(AttributeValue lines) {
        if (lines == null || !lines.hasL()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(lines.l().size());
        for (AttributeValue line : lines.l()) {
            AttributeValue productId = line.m().get("productId");
            if (productId != null) {
                ids.add(productId.s());
            }
        }
        return ids;
    }
}
