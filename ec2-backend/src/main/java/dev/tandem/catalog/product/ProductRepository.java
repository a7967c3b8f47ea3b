package dev.tandem.catalog.product;

import dev.tandem.catalog.dynamodb.CatalogTables;
import dev.tandem.catalog.dynamodb.DynamoDbTransactions;
import dev.tandem.catalog.dynamodb.Items;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Products in the products table, and their SKU claims in the claims table. */
@Repository
class ProductRepository {

    private final CatalogTables tables;
    private final DynamoDbClient dynamoDb;
    private final DynamoDbTransactions transactions;

    ProductRepository(CatalogTables tables, DynamoDbClient dynamoDb, DynamoDbTransactions transactions) {
        this.tables = tables;
        this.dynamoDb = dynamoDb;
        this.transactions = transactions;
    }

    /** Stores a new product together with the claim on its SKU; a {@code sku-taken} problem if another has it. */
    void create(Product product) {
        TransactWriteItem putProduct = TransactWriteItem.builder()
                .put(put -> put.tableName(tables.products().tableName())
                        .item(Items.toItem(product))
                        .conditionExpression("attribute_not_exists(id)"))
                .build();
        TransactWriteItem claimSku = TransactWriteItem.builder()
                .put(put -> put.tableName(tables.claims().tableName())
                        .item(Items.toItem(
                                new SkuClaim(SkuClaim.idOf(product.sku()), product.id(), product.createdAt())))
                        .conditionExpression("attribute_not_exists(id)"))
                .build();
        try {
            transactions.write(List.of(putProduct, claimSku));
        } catch (TransactionCanceledException e) {
            if (DynamoDbTransactions.conditionFailed(e, 1)) {
                throw new ProblemException(
                        ProblemType.SKU_TAKEN,
                        "Another product has SKU '" + product.sku() + "'.",
                        Map.of("sku", product.sku()));
            }
            throw e;
        }
    }

    Optional<Product> find(String id) {
        EnhancedDocument document = tables.products()
                .getItem(request -> request.key(key -> key.partitionValue(id)).consistentRead(true));
        return Optional.ofNullable(document).map(found -> Items.fromDocument(found, Product.class));
    }

    /**
     * Up to {@code limit} products after {@code afterId} (from the start if empty), in the table's
     * scan order, plus whether more follow. It reads one product beyond the page to know.
     */
    ProductSlice page(int limit, Optional<String> afterId) {
        List<Product> found = new ArrayList<>();
        Map<String, AttributeValue> start = afterId.map(ProductRepository::key).orElse(null);
        do {
            Map<String, AttributeValue> from = start;
            int wanted = limit + 1 - found.size();
            Page<EnhancedDocument> page = tables.products()
                    .scan(request ->
                            request.limit(wanted).exclusiveStartKey(from).consistentRead(true))
                    .iterator()
                    .next();
            page.items().forEach(document -> found.add(Items.fromDocument(document, Product.class)));
            start = page.lastEvaluatedKey();
        } while (found.size() <= limit && start != null && !start.isEmpty());
        boolean more = found.size() > limit;
        return new ProductSlice(List.copyOf(found.subList(0, Math.min(limit, found.size()))), more);
    }

    /** Applies the changes; empty if there is no such product. */
    Optional<Product> update(String id, ProductChanges changes, Instant now) {
        ProductUpdate update = ProductUpdate.of(changes, now);
        try {
            Map<String, AttributeValue> updated = dynamoDb.updateItem(
                            request -> request.tableName(tables.products().tableName())
                                    .key(key(id))
                                    .updateExpression(update.expression())
                                    .conditionExpression("attribute_exists(id)")
                                    .expressionAttributeNames(update.names())
                                    .expressionAttributeValues(update.values())
                                    .returnValues(ReturnValue.ALL_NEW))
                    .attributes();
            return Optional.of(Items.fromItem(updated, Product.class));
        } catch (ConditionalCheckFailedException absent) {
            return Optional.empty();
        }
    }

    /**
     * Those of {@code ids} (at most 100) that exist, in one {@code BatchGetItem}, asking again for
     * any keys DynamoDB left unprocessed (it may, under load, and says which).
     */
    List<Product> findAll(List<String> ids) {
        List<Product> found = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return found;
        }
        String table = tables.products().tableName();
        Map<String, KeysAndAttributes> wanted = Map.of(
                table,
                KeysAndAttributes.builder()
                        .keys(ids.stream().map(ProductRepository::key).toList())
                        .build());
        while (!wanted.isEmpty()) {
            Map<String, KeysAndAttributes> asked = wanted;
            BatchGetItemResponse response = dynamoDb.batchGetItem(request -> request.requestItems(asked));
            response.responses().getOrDefault(table, List.of()).stream()
                    .map(item -> Items.fromItem(item, Product.class))
                    .forEach(found::add);
            wanted = response.unprocessedKeys();
        }
        return found;
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of("id", AttributeValue.fromS(id));
    }

    record ProductSlice(List<Product> products, boolean more) {}

    /** The claims-table item that reserves a SKU for one product. */
    record SkuClaim(String id, String productId, Instant createdAt) {

        static String idOf(String sku) {
            return "sku#" + sku;
        }
    }
}
