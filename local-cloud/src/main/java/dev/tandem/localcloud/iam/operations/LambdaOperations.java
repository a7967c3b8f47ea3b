package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Lambda's operations (REST-JSON: method and path, e.g. {@code POST /2015-03-31/functions/{name}/invocations}) and
 * their accesses, as https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslambda.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html give them: a function's operations on
 * the function's ARN (qualified when the call names a version or alias), an event source mapping's on the mapping's,
 * and creating a mapping or listing on no resource, with {@code lambda:FunctionArn} naming the function. A function
 * may be named by name, partial ARN or full ARN, with or without a qualifier.
 */
final class LambdaOperations {

    private final String region;
    private final String accountId;

    LambdaOperations(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    Operation resolve(AwsRequest request) {
        // The first segment is the API version (2015-03-31, 2019-09-25, …), which names nothing IAM checks.
        List<String> path = Arrays.stream(request.path().split("/"))
                .filter(segment -> !segment.isEmpty())
                .skip(1)
                .toList();
        String method = request.method();
        if (path.isEmpty()) {
            return OperationTable.unknown("lambda", "Unknown");
        }
        return switch (path.getFirst()) {
            case "functions" -> path.size() == 1 ? functions(request) : function(request, path);
            case "event-source-mappings" -> eventSourceMapping(request, path);
            case "account-settings" -> operation("GetAccountSettings", "*");
            case "tags" ->
                path.size() < 2
                        ? OperationTable.unknown("lambda", "Unknown")
                        : operation(
                                switch (method) {
                                    case "GET" -> "ListTags";
                                    case "POST" -> "TagResource";
                                    default -> "UntagResource";
                                },
                                path.get(1));
            default -> OperationTable.unknown("lambda", "Unknown");
        };
    }

    private Operation functions(AwsRequest request) {
        if (request.method().equals("POST")) {
            String name = RequestBodies.json(request).path("FunctionName").asString("");
            return operation("CreateFunction", functionArn(name, ""));
        }
        return operation("ListFunctions", "*");
    }

    private Operation function(AwsRequest request, List<String> path) {
        String method = request.method();
        String qualifier = request.queryParameter("Qualifier").orElse("");
        String function = functionArn(path.get(1), qualifier);
        String sub = path.size() > 2 ? path.get(2) : "";
        String name =
                switch (sub) {
                    case "" -> method.equals("DELETE") ? "DeleteFunction" : "GetFunction";
                    case "configuration" ->
                        method.equals("PUT") ? "UpdateFunctionConfiguration" : "GetFunctionConfiguration";
                    case "code" -> "UpdateFunctionCode";
                    case "invocations" -> "Invoke";
                    case "invoke-async" -> "InvokeAsync";
                    case "versions" -> method.equals("POST") ? "PublishVersion" : "ListVersionsByFunction";
                    case "aliases" -> alias(method, path.size() > 3);
                    case "policy" ->
                        method.equals("POST")
                                ? "AddPermission"
                                : method.equals("DELETE") ? "RemovePermission" : "GetPolicy";
                    case "event-invoke-config" -> verb(method) + "FunctionEventInvokeConfig";
                    case "concurrency" -> verb(method) + "FunctionConcurrency";
                    default -> "Unknown";
                };
        // Invoke's IAM action is InvokeFunction; every other operation's action has the operation's name.
        String action = name.equals("Invoke") ? "InvokeFunction" : name;
        return new Operation("lambda", name, List.of(new Access("lambda:" + action, function)));
    }

    private Operation eventSourceMapping(AwsRequest request, List<String> path) {
        String method = request.method();
        if (path.size() == 1) {
            if (method.equals("POST")) {
                String function = functionArn(
                        RequestBodies.json(request).path("FunctionName").asString(""), "");
                return new Operation(
                        "lambda",
                        "CreateEventSourceMapping",
                        List.of(new Access(
                                "lambda:CreateEventSourceMapping",
                                "*",
                                Map.of("lambda:FunctionArn", List.of(function)))));
            }
            return operation("ListEventSourceMappings", "*");
        }
        String name =
                switch (method) {
                    case "PUT" -> "UpdateEventSourceMapping";
                    case "DELETE" -> "DeleteEventSourceMapping";
                    default -> "GetEventSourceMapping";
                };
        return operation(name, "arn:aws:lambda:" + region + ":" + accountId + ":event-source-mapping:" + path.get(1));
    }

    private static String alias(String method, boolean named) {
        if (!named) {
            return method.equals("POST") ? "CreateAlias" : "ListAliases";
        }
        return switch (method) {
            case "PUT" -> "UpdateAlias";
            case "DELETE" -> "DeleteAlias";
            default -> "GetAlias";
        };
    }

    private static String verb(String method) {
        return switch (method) {
            case "PUT" -> "Put";
            case "POST" -> "Update";
            case "DELETE" -> "Delete";
            default -> "Get";
        };
    }

    /** The function's ARN from a name, a partial ARN ({@code <account>:function:<name>}) or an ARN. */
    String functionArn(String nameOrArn, String qualifier) {
        String arn;
        if (nameOrArn.startsWith("arn:")) {
            arn = nameOrArn;
        } else if (nameOrArn.contains(":function:")) {
            arn = "arn:aws:lambda:" + region + ":" + nameOrArn;
        } else {
            arn = "arn:aws:lambda:" + region + ":" + accountId + ":function:" + nameOrArn;
        }
        boolean qualified = arn.split(":").length > 7;
        return qualifier.isEmpty() || qualified ? arn : arn + ":" + qualifier;
    }

    private static Operation operation(String name, String resource) {
        return new Operation("lambda", name, List.of(new Access("lambda:" + name, resource)));
    }
}
