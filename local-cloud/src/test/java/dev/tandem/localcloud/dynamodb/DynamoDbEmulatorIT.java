package dev.tandem.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@ExtendWith(LocalAwsExtension.class)
class DynamoDbEmulatorIT {

    private final DynamoDbClient dynamoDb;
    private final String table = TestQueue.uniqueName("products");

    DynamoDbEmulatorIT(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
        dynamoDb.createTable(request -> request.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder()
                        .attributeName("id")
                        .keyType(KeyType.HASH)
                        .build())
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("id")
                        .attributeType(ScalarAttributeType.S)
                        .build()));
    }

    @Test
    void putsAndGetsItems() {
        dynamoDb.putItem(request -> request.tableName(table).item(product("p-1", 3)));

        Map<String, AttributeValue> item = dynamoDb.getItem(
                        request -> request.tableName(table).key(Map.of("id", AttributeValue.fromS("p-1"))))
                .item();

        assertThat(item).isEqualTo(product("p-1", 3));
        assertThat(dynamoDb.listTables().tableNames()).contains(table);
    }

    @Test
    void honoursConditionalWrites() {
        dynamoDb.putItem(request -> request.tableName(table).item(product("p-2", 1)));

        assertThatThrownBy(() -> dynamoDb.putItem(request -> request.tableName(table)
                        .item(product("p-2", 5))
                        .conditionExpression("attribute_not_exists(id)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    private static Map<String, AttributeValue> product(String id, int stock) {
        return Map.of("id", AttributeValue.fromS(id), "stock", AttributeValue.fromN(Integer.toString(stock)));
    }
}
