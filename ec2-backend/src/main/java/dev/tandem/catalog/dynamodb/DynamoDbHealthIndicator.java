package dev.tandem.catalog.dynamodb;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Up when DynamoDB answers and every table the service uses is {@code ACTIVE}. Part of the
 * readiness group: an instance that cannot reach its tables should get no traffic.
 */
@Component
class DynamoDbHealthIndicator extends AbstractHealthIndicator {

    private final CatalogTables tables;
    private final DynamoDbClient dynamoDb;

    DynamoDbHealthIndicator(CatalogTables tables, DynamoDbClient dynamoDb) {
        super("DynamoDB health check failed");
        this.tables = tables;
        this.dynamoDb = dynamoDb;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean allActive = true;
        for (DynamoDbTable<EnhancedDocument> table : tables.all()) {
            TableStatus status = dynamoDb.describeTable(request -> request.tableName(table.tableName()))
                    .table()
                    .tableStatus();
            builder.withDetail(table.tableName(), status.toString());
            allActive &= status == TableStatus.ACTIVE;
        }
        if (allActive) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
