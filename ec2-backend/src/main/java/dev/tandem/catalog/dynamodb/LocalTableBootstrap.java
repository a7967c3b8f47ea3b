package dev.tandem.catalog.dynamodb;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.enhanced.dynamodb.model.EnhancedGlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Creates the tables that do not exist yet, for local runs and tests against emulators only: it is
 * off unless {@code tandem.dev.create-tables=true} (the {@code local} profile sets it). In AWS the
 * CDK stack owns the tables, and the service's role may not create any.
 *
 * <p>A lifecycle bean in the earliest phase, so the tables exist before the web server, the outbox
 * relay and the inbox listener start.
 */
@Component
@ConditionalOnBooleanProperty("tandem.dev.create-tables")
class LocalTableBootstrap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LocalTableBootstrap.class);

    private final CatalogTables tables;
    private final DynamoDbClient dynamoDb;
    private volatile boolean running;

    LocalTableBootstrap(CatalogTables tables, DynamoDbClient dynamoDb) {
        this.tables = tables;
        this.dynamoDb = dynamoDb;
    }

    @Override
    public void start() {
        for (DynamoDbTable<EnhancedDocument> table : tables.all()) {
            if (!exists(table.tableName())) {
                create(table);
                dynamoDb.waiter().waitUntilTableExists(request -> request.tableName(table.tableName()));
                log.info("Created table {}", table.tableName());
            }
        }
        running = true;
    }

    private boolean exists(String tableName) {
        try {
            dynamoDb.describeTable(request -> request.tableName(tableName));
            return true;
        } catch (ResourceNotFoundException absent) {
            return false;
        }
    }

    private void create(DynamoDbTable<EnhancedDocument> table) {
        if (table == tables.outbox()) {
            createWithIndex(table, CatalogTables.OUTBOX_PENDING_INDEX);
        } else if (table == tables.orders()) {
            createWithIndex(table, CatalogTables.PAID_ORDERS_INDEX);
        } else {
            table.createTable();
        }
    }

    private static void createWithIndex(DynamoDbTable<EnhancedDocument> table, String index) {
        table.createTable(request -> request.globalSecondaryIndices(EnhancedGlobalSecondaryIndex.builder()
                .indexName(index)
                .projection(projection -> projection.projectionType(ProjectionType.ALL))
                .build()));
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
