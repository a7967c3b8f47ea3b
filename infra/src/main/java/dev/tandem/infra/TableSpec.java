package dev.tandem.infra;

import java.util.List;
import java.util.Optional;

/**
 * The shape of one DynamoDB table: its string partition key, the attribute whose epoch-seconds
 * value expires an item, if any, and a sparse secondary index, if any.
 *
 * @param environmentVariable the variable that passes the table's name to its user
 */
record TableSpec(
        String id,
        String environmentVariable,
        String partitionKey,
        Optional<String> timeToLiveAttribute,
        Optional<Index> index) {

    /** A global secondary index with a string partition key and a string sort key. */
    record Index(String name, String partitionKey, String sortKey) {}

    static final String EXPIRES_AT = "expiresAt";

    /**
     * The catalog service's tables (see the service's {@code CatalogTables} for what each holds).
     * The outbox's index lists only unpublished records: the relay removes {@code pending} when it
     * has published one.
     */
    static final TableSpec PRODUCTS =
            new TableSpec("Products", "TANDEM_TABLES_PRODUCTS", "id", Optional.empty(), Optional.empty());

    static final TableSpec OUTBOX = new TableSpec(
            "Outbox",
            "TANDEM_TABLES_OUTBOX",
            "id",
            Optional.of(EXPIRES_AT),
            Optional.of(new Index("pending-by-age", "pending", "createdAt")));

    /**
     * Paid orders carry {@code paid} and {@code paidAt}, which nothing removes: the index lists
     * every paid order and nothing else, for the recommendation model's builder.
     */
    static final TableSpec ORDERS = new TableSpec(
            "Orders",
            "TANDEM_TABLES_ORDERS",
            "id",
            Optional.empty(),
            Optional.of(new Index("paid-by-time", "paid", "paidAt")));

    /** One item per job that one service instance at a time may do: the recommendation model's rebuild. */
    static final TableSpec LEASES =
            new TableSpec("Leases", "TANDEM_TABLES_LEASES", "id", Optional.empty(), Optional.empty());

    static final List<TableSpec> CATALOG = List.of(
            PRODUCTS,
            ORDERS,
            OUTBOX,
            new TableSpec("Claims", "TANDEM_TABLES_CLAIMS", "id", Optional.of(EXPIRES_AT), Optional.empty()),
            LEASES);

    /** The payment-processor's idempotency records, one per order, expiring after a retention. */
    static final TableSpec PAYMENT_IDEMPOTENCY = new TableSpec(
            "PaymentIdempotency", "IDEMPOTENCY_TABLE_NAME", "orderId", Optional.of(EXPIRES_AT), Optional.empty());
}
