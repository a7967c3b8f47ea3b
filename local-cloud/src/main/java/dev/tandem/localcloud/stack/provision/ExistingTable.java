package dev.tandem.localcloud.stack.provision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * A table that a deployment found already there, brought to the template's settings the way a CloudFormation
 * update changes them (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html):
 * global secondary indexes added or removed with {@code UpdateTable}, one per call as DynamoDB allows
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html), and time to live switched
 * with {@code UpdateTimeToLive} (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html),
 * each only where it differs. A different key schema, or a key attribute of another type, is a change CloudFormation
 * makes by replacing the table; that is refused here rather than done, since replacing drops the table's items.
 */
final class ExistingTable {

    private final DynamoDbClient dynamoDb;
    private final String name;

    ExistingTable(DynamoDbClient dynamoDb, String name) {
        this.dynamoDb = dynamoDb;
        this.name = name;
    }

    /**
     * Brings the table to the template's keys, indexes and time to live; returns whether anything had to change.
     *
     * @throws IllegalStateException if only replacing the table would bring it there
     */
    boolean bringTo(
            List<KeySchemaElement> keys,
            List<AttributeDefinition> attributes,
            List<GlobalSecondaryIndex> indexes,
            Optional<String> timeToLive) {
        TableDescription table = dynamoDb.describeTable(b -> b.tableName(name)).table();
        refuseReplacement(table, keys, attributes);
        boolean changed = bringIndexesTo(table, attributes, indexes);
        return bringTimeToLiveTo(timeToLive) || changed;
    }

    private void refuseReplacement(
            TableDescription table, List<KeySchemaElement> keys, List<AttributeDefinition> attributes) {
        if (!table.keySchema().equals(keys)) {
            throw replacement("its key schema is " + table.keySchema() + ", the template's " + keys);
        }
        Map<String, AttributeDefinition> existing = table.attributeDefinitions().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, Function.identity()));
        for (AttributeDefinition wanted : attributes) {
            AttributeDefinition found = existing.get(wanted.attributeName());
            if (found != null && found.attributeType() != wanted.attributeType()) {
                throw replacement("attribute " + wanted.attributeName() + " is of type " + found.attributeTypeAsString()
                        + ", the template's " + wanted.attributeTypeAsString());
            }
        }
    }

    private IllegalStateException replacement(String difference) {
        return new IllegalStateException("table " + name + " exists, but " + difference
                + ": CloudFormation would replace the table, which loses its items, so this deployment does not;"
                + " delete the table (or restart the emulator) and deploy again");
    }

    private boolean bringIndexesTo(
            TableDescription table, List<AttributeDefinition> attributes, List<GlobalSecondaryIndex> indexes) {
        Set<String> existing = table.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName)
                .collect(Collectors.toSet());
        Set<String> wanted =
                indexes.stream().map(GlobalSecondaryIndex::indexName).collect(Collectors.toSet());
        boolean changed = false;
        for (GlobalSecondaryIndex index : indexes) {
            if (!existing.contains(index.indexName())) {
                dynamoDb.updateTable(b -> b.tableName(name)
                        .attributeDefinitions(attributes)
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(index.indexName())
                                .keySchema(index.keySchema())
                                .projection(index.projection()))));
                awaitActive();
                changed = true;
            }
        }
        for (String index : existing) {
            if (!wanted.contains(index)) {
                dynamoDb.updateTable(
                        b -> b.tableName(name).globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName(index))));
                awaitActive();
                changed = true;
            }
        }
        return changed;
    }

    /** The next {@code UpdateTable} waits for this one: DynamoDB takes one index change at a time. */
    private void awaitActive() {
        dynamoDb.waiter().waitUntilTableExists(b -> b.tableName(name));
    }

    private boolean bringTimeToLiveTo(Optional<String> attribute) {
        TimeToLiveDescription current =
                dynamoDb.describeTimeToLive(b -> b.tableName(name)).timeToLiveDescription();
        boolean enabled = current.timeToLiveStatus() == TimeToLiveStatus.ENABLED
                || current.timeToLiveStatus() == TimeToLiveStatus.ENABLING;
        if (attribute.isPresent() && enabled && attribute.get().equals(current.attributeName())) {
            return false;
        }
        if (attribute.isEmpty() && !enabled) {
            return false;
        }
        if (enabled) {
            dynamoDb.updateTimeToLive(b -> b.tableName(name)
                    .timeToLiveSpecification(s -> s.enabled(false).attributeName(current.attributeName())));
        }
        attribute.ifPresent(wanted -> dynamoDb.updateTimeToLive(b ->
                b.tableName(name).timeToLiveSpecification(s -> s.enabled(true).attributeName(wanted))));
        return true;
    }
}
