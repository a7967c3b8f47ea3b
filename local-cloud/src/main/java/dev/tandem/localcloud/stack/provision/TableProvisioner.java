package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.stack.template.Names;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import tools.jackson.databind.JsonNode;

/**
 * {@code AWS::DynamoDB::Table} ({@code CreateTable}): keys, attribute definitions, global secondary
 * indexes and time to live. Tables are on demand off AWS whatever the template says; backups and
 * encryption have no meaning there. A table that exists already is brought to the template's settings by
 * {@link ExistingTable}.
 */
public final class TableProvisioner implements Provisioner {

    private final DynamoDbClient dynamoDb;
    private final String region;
    private final String accountId;

    public TableProvisioner(DynamoDbClient dynamoDb, String region, String accountId) {
        this.dynamoDb = dynamoDb;
        this.region = region;
        this.accountId = accountId;
    }

    static String tableName(ResourceProperties properties) {
        return properties.text("TableName").orElseGet(() -> Names.generated(properties.resource(), 255, false));
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::DynamoDB::Table");
    }

    @Override
    public Optional<Provisioned> create(ResourceProperties properties) {
        String name = tableName(properties);
        List<KeySchemaElement> keys = keySchema(properties.json("KeySchema").orElseThrow());
        List<AttributeDefinition> attributes = new ArrayList<>();
        properties
                .json("AttributeDefinitions")
                .orElseThrow()
                .values()
                .forEach(a -> attributes.add(AttributeDefinition.builder()
                        .attributeName(a.path("AttributeName").asString())
                        .attributeType(a.path("AttributeType").asString())
                        .build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        properties.json("GlobalSecondaryIndexes").ifPresent(gsis -> gsis.values()
                .forEach(gsi -> indexes.add(GlobalSecondaryIndex.builder()
                        .indexName(gsi.path("IndexName").asString())
                        .keySchema(keySchema(gsi.path("KeySchema")))
                        .projection(Projection.builder()
                                .projectionType(gsi.path("Projection")
                                        .path("ProjectionType")
                                        .asString("ALL"))
                                .nonKeyAttributes(gsi.path("Projection")
                                        .path("NonKeyAttributes")
                                        .valueStream()
                                        .map(JsonNode::asString)
                                        .toList())
                                .build())
                        .build())));
        Optional<String> timeToLive = properties
                .json("TimeToLiveSpecification")
                .filter(ttl -> ttl.path("Enabled").asBoolean())
                .map(ttl -> ttl.path("AttributeName").asString());
        String arn = "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name;
        PhysicalResource physical = new PhysicalResource(name, Map.of("Arn", arn));
        try {
            dynamoDb.createTable(b -> {
                b.tableName(name)
                        .keySchema(keys)
                        .attributeDefinitions(attributes)
                        .billingMode(BillingMode.PAY_PER_REQUEST);
                if (!indexes.isEmpty()) {
                    b.globalSecondaryIndexes(indexes);
                }
            });
        } catch (ResourceInUseException exists) {
            // https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html: the table is there.
            boolean changed = new ExistingTable(dynamoDb, name).bringTo(keys, attributes, indexes, timeToLive);
            return Optional.of(Provisioned.existing(physical, changed));
        }
        timeToLive.ifPresent(attribute -> dynamoDb.updateTimeToLive(b ->
                b.tableName(name).timeToLiveSpecification(s -> s.enabled(true).attributeName(attribute))));
        return Optional.of(Provisioned.created(physical));
    }

    private static List<KeySchemaElement> keySchema(JsonNode keys) {
        return keys.valueStream()
                .map(k -> KeySchemaElement.builder()
                        .attributeName(k.path("AttributeName").asString())
                        .keyType(k.path("KeyType").asString())
                        .build())
                .toList();
    }
}
