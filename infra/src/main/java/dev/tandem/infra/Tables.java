package dev.tandem.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/**
 * The DynamoDB tables: the service's and the payment processor's idempotency records. All
 * on-demand (a sandbox at rest costs nothing), encrypted, with point-in-time recovery, and with a
 * TTL attribute where records expire.
 */
final class Tables extends Construct {

    private final Map<String, ITable> catalog = new LinkedHashMap<>();
    private final ITable paymentIdempotency;

    Tables(Construct scope, String id) {
        super(scope, id);
        TableSpec.CATALOG.forEach(spec -> catalog.put(spec.environmentVariable(), table(spec)));
        paymentIdempotency = table(TableSpec.PAYMENT_IDEMPOTENCY);
    }

    private Table table(TableSpec spec) {
        Table.Builder builder = Table.Builder.create(this, spec.id())
                .partitionKey(stringAttribute(spec.partitionKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .encryption(TableEncryption.AWS_MANAGED)
                .removalPolicy(RemovalPolicy.DESTROY);
        spec.timeToLiveAttribute().ifPresent(builder::timeToLiveAttribute);
        Table table = builder.build();
        spec.index()
                .ifPresent(index -> table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                        .indexName(index.name())
                        .partitionKey(stringAttribute(index.partitionKey()))
                        .sortKey(stringAttribute(index.sortKey()))
                        .build()));
        return table;
    }

    private static Attribute stringAttribute(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    /**
     * The service's tables by the environment variable that passes each one's name to it, in a
     * fixed order: grants and environment are written in this order, and synthesis must be
     * repeatable ({@code Map.copyOf} would iterate in a different order in every JVM).
     */
    Map<String, ITable> catalog() {
        return Collections.unmodifiableMap(catalog);
    }

    ITable paymentIdempotency() {
        return paymentIdempotency;
    }
}
