package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * DynamoDB's operations (AWS JSON 1.0, {@code x-amz-target: DynamoDB_20120810.<Operation>}) and the accesses
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondynamodb.html gives them: most act on
 * the table their {@code TableName} names, a query or scan of an index on the index, the batch operations once per
 * table, a transaction once per item with the single-item action, and a few on no resource.
 */
final class DynamoDbOperations {

    private static final Set<String> ACCOUNT_WIDE = Set.of(
            "ListTables",
            "DescribeLimits",
            "DescribeEndpoints",
            "ListBackups",
            "ListGlobalTables",
            "ListStreams",
            "ListExports",
            "ListImports",
            "ListContributorInsights");

    private final String region;
    private final String accountId;

    DynamoDbOperations(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    Operation resolve(AwsRequest request) {
        String name = RequestBodies.target(request);
        if (name.isEmpty()) {
            return OperationTable.unknown("dynamodb", "Unknown");
        }
        JsonNode body = RequestBodies.json(request);
        List<Access> accesses = new ArrayList<>();
        switch (name) {
            case "BatchGetItem", "BatchWriteItem" ->
                body.path("RequestItems").propertyNames().forEach(table -> accesses.add(access(name, table(table))));
            case "TransactWriteItems" ->
                body.path("TransactItems").values().forEach(item -> item.properties()
                        .forEach(entry -> accesses.add(access(
                                itemAction(entry.getKey()),
                                table(entry.getValue().path("TableName").asString())))));
            case "TransactGetItems" ->
                body.path("TransactItems")
                        .values()
                        .forEach(item -> accesses.add(access(
                                "GetItem",
                                table(item.path("Get").path("TableName").asString()))));
            case "Query", "Scan" -> {
                String table = table(body.path("TableName").asString());
                accesses.add(access(
                        name,
                        body.has("IndexName")
                                ? table + "/index/" + body.path("IndexName").asString()
                                : table));
            }
            default -> accesses.add(access(name, resource(name, body)));
        }
        return new Operation("dynamodb", name, accesses);
    }

    private String resource(String name, JsonNode body) {
        if (ACCOUNT_WIDE.contains(name)) {
            return "*";
        }
        if (body.has("TableName")) {
            return table(body.path("TableName").asString());
        }
        if (body.has("ResourceArn")) {
            return body.path("ResourceArn").asString();
        }
        return body.has("StreamArn") ? body.path("StreamArn").asString() : "*";
    }

    /** A transaction item's element names the single-item action it needs. */
    private static String itemAction(String element) {
        return switch (element) {
            case "Put" -> "PutItem";
            case "Update" -> "UpdateItem";
            case "Delete" -> "DeleteItem";
            case "ConditionCheck" -> "ConditionCheckItem";
            default -> element;
        };
    }

    /** A table's ARN; {@code TableName} may itself be one. */
    private String table(String nameOrArn) {
        return nameOrArn.startsWith("arn:")
                ? nameOrArn
                : "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + nameOrArn;
    }

    private static Access access(String operation, String resource) {
        return new Access("dynamodb:" + operation, resource);
    }
}
