package dev.tandem.catalog.dynamodb;

import dev.tandem.catalog.config.TandemProperties;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.DocumentTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/**
 * The service's DynamoDB tables. Each is keyed by a string {@code id} alone:
 *
 * <ul>
 *   <li><b>products</b>: one item per product, with its stock and, embedded as a map from image id
 *       to image, its images (an image is only ever read with its product).
 *   <li><b>orders</b>: one item per order, its lines embedded. An order that becomes {@code PAID}
 *       gains {@code paid} (always {@value #PAID}) and {@code paidAt}, so the sparse index {@value
 *       #PAID_ORDERS_INDEX} lists exactly the paid orders, oldest first: what the recommendation
 *       model is built from, read without a scan.
 *   <li><b>outbox</b>: one item per event still to publish or recently published. Unpublished
 *       records carry a {@code pending} attribute, so the sparse index {@value
 *       #OUTBOX_PENDING_INDEX} (hash {@code pending}, range {@code createdAt}) lists exactly the
 *       records the relay has left to do, oldest first. Published records lose {@code pending} and
 *       gain {@code expiresAt}, the table's TTL attribute.
 *   <li><b>claims</b>: items whose only job is to exist. {@code sku#<SKU>} makes a SKU unique;
 *       {@code idempotency#<key>} remembers which order an {@code Idempotency-Key} created (and
 *       expires through the TTL attribute {@code expiresAt}).
 *   <li><b>leases</b>: one item per job that one instance at a time may do, naming its owner and
 *       until when (the recommendation model's rebuild).
 * </ul>
 *
 * Writes that must agree (an order, its stock reservations and its outbox record; a product and
 * its SKU claim) go into one {@code TransactWriteItems}, so they happen together or not at all.
 * CDK creates the tables in AWS (on-demand, point-in-time recovery, TTL on {@code expiresAt});
 * {@link LocalTableBootstrap} creates them for local runs.
 */
@Component
public final class CatalogTables {

    /** The outbox's sparse index of unpublished records. */
    public static final String OUTBOX_PENDING_INDEX = "pending-by-age";

    /** The orders' sparse index of paid orders, by when they were paid. */
    public static final String PAID_ORDERS_INDEX = "paid-by-time";

    /** The one value of a paid order's {@code paid} attribute, the index's partition key. */
    public static final String PAID = "PAID";

    /**
     * Instants as sort keys: always nine fraction digits, so that the strings sort as the instants do
     * ({@link Instant#toString()} drops trailing zeros, and {@code 12:00:00Z} would sort after {@code
     * 12:00:00.5Z}).
     */
    private static final DateTimeFormatter SORTABLE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);

    private final DynamoDbTable<EnhancedDocument> products;
    private final DynamoDbTable<EnhancedDocument> orders;
    private final DynamoDbTable<EnhancedDocument> outbox;
    private final DynamoDbTable<EnhancedDocument> claims;
    private final DynamoDbTable<EnhancedDocument> leases;

    CatalogTables(DynamoDbEnhancedClient client, TandemProperties properties) {
        TandemProperties.Tables names = properties.tables();
        this.products = client.table(names.products(), keyedById().build());
        this.orders = client.table(
                names.orders(),
                keyedById()
                        .addIndexPartitionKey(PAID_ORDERS_INDEX, "paid", AttributeValueType.S)
                        .addIndexSortKey(PAID_ORDERS_INDEX, "paidAt", AttributeValueType.S)
                        .build());
        this.outbox = client.table(
                names.outbox(),
                keyedById()
                        .addIndexPartitionKey(OUTBOX_PENDING_INDEX, "pending", AttributeValueType.S)
                        .addIndexSortKey(OUTBOX_PENDING_INDEX, "createdAt", AttributeValueType.S)
                        .build());
        this.claims = client.table(names.claims(), keyedById().build());
        this.leases = client.table(names.leases(), keyedById().build());
    }

    public DynamoDbTable<EnhancedDocument> products() {
        return products;
    }

    public DynamoDbTable<EnhancedDocument> orders() {
        return orders;
    }

    public DynamoDbTable<EnhancedDocument> outbox() {
        return outbox;
    }

    public DynamoDbTable<EnhancedDocument> claims() {
        return claims;
    }

    /** The instant as a string that sorts like it, for the sort key of {@value #PAID_ORDERS_INDEX}. */
    public static String sortable(Instant instant) {
        return SORTABLE_INSTANT.format(instant);
    }

    public DynamoDbTable<EnhancedDocument> leases() {
        return leases;
    }

    List<DynamoDbTable<EnhancedDocument>> all() {
        return List.of(products, orders, outbox, claims, leases);
    }

    private static DocumentTableSchema.Builder keyedById() {
        return TableSchema.documentSchemaBuilder()
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .addIndexPartitionKey(TableMetadata.primaryIndexName(), "id", AttributeValueType.S);
    }
}
