package dev.tandem.catalog.product;

import dev.tandem.catalog.dynamodb.CatalogTables;
import dev.tandem.catalog.dynamodb.Items;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * What the order side may do with products: read their prices, and reserve or release stock as
 * items of its own DynamoDB transaction. Reserving is a conditional decrement ({@code stock >=
 * quantity}), so concurrent orders can never take stock below zero.
 */
@Component
public final class ProductInventory {

    private final CatalogTables tables;
    private final DynamoDbEnhancedClient enhanced;

    ProductInventory(CatalogTables tables, DynamoDbEnhancedClient enhanced) {
        this.tables = tables;
        this.enhanced = enhanced;
    }

    /**
     * The prices of those of {@code productIds} that exist (at most 100), by product id. No ids,
     * no call: DynamoDB refuses a {@code BatchGetItem} that asks for nothing.
     */
    public Map<String, ProductPrice> prices(Collection<String> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        ReadBatch.Builder<EnhancedDocument> batch =
                ReadBatch.builder(EnhancedDocument.class).mappedTableResource(tables.products());
        productIds.forEach(id -> batch.addGetItem(GetItemEnhancedRequest.builder()
                .key(Key.builder().partitionValue(id).build())
                .consistentRead(true)
                .build()));
        return enhanced
                .batchGetItem(request -> request.readBatches(batch.build()))
                .resultsForTable(tables.products())
                .stream()
                .map(document -> Items.fromDocument(document, Product.class))
                .map(product -> new ProductPrice(product.id(), product.priceCents(), product.currency()))
                .collect(Collectors.toMap(ProductPrice::productId, Function.identity()));
    }

    /** Takes {@code quantity} from the product's stock; the transaction fails if there is not that much. */
    public TransactWriteItem reserve(String productId, int quantity, Instant now) {
        return TransactWriteItem.builder()
                .update(update -> update.tableName(tables.products().tableName())
                        .key(Map.of("id", AttributeValue.fromS(productId)))
                        .updateExpression("SET stock = stock - :quantity, updatedAt = :now")
                        .conditionExpression("attribute_exists(id) AND stock >= :quantity")
                        .expressionAttributeValues(values(quantity, now)))
                .build();
    }

    /** Gives {@code quantity} back to the product's stock. */
    public TransactWriteItem release(String productId, int quantity, Instant now) {
        return TransactWriteItem.builder()
                .update(update -> update.tableName(tables.products().tableName())
                        .key(Map.of("id", AttributeValue.fromS(productId)))
                        .updateExpression("SET stock = stock + :quantity, updatedAt = :now")
                        .conditionExpression("attribute_exists(id)")
                        .expressionAttributeValues(values(quantity, now)))
                .build();
    }

    private static Map<String, AttributeValue> values(int quantity, Instant now) {
        return Map.of(
                ":quantity", AttributeValue.fromN(Integer.toString(quantity)),
                ":now", AttributeValue.fromS(now.toString()));
    }
}
