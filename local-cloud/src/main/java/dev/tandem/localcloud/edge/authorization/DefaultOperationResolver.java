package dev.tandem.localcloud.edge.authorization;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The edge's resolver until IAM plugs in its own: it names the operation as well as the request tells it, and asks
 * for {@code <prefix>:<Operation>} on {@code *}. The name comes from {@code X-Amz-Target} (the JSON protocols),
 * the path (CloudWatch's RPC v2, Lambda's REST routes), the {@code Action} parameter (SQS's Query protocol), or the
 * method and path (S3).
 */
public final class DefaultOperationResolver implements OperationResolver {

    /** The IAM prefix of each credential scope's service where they differ. */
    private static final Map<String, String> IAM_PREFIX = Map.of("monitoring", "cloudwatch");

    @Override
    public Operation resolve(AwsRequest request) {
        String prefix = IAM_PREFIX.getOrDefault(request.service(), request.service());
        String name = name(request).orElse("Unknown");
        return new Operation(prefix, name, List.of(new Access(prefix + ":" + name, "*")));
    }

    private static Optional<String> name(AwsRequest request) {
        Optional<String> target = request.header("x-amz-target");
        if (target.isPresent()) {
            return Optional.of(target.get().substring(target.get().lastIndexOf('.') + 1));
        }
        return switch (request.service()) {
            case "monitoring" -> lastSegment(request.path());
            case "s3" -> Optional.of(S3OperationNames.name(request));
            case "lambda" -> Optional.of(lambda(request));
            default -> request.queryParameter("Action").or(() -> formAction(request));
        };
    }

    private static String lambda(AwsRequest request) {
        String path = request.path();
        String method = request.method();
        if (path.endsWith("/invocations")) {
            return "Invoke";
        }
        if (path.contains("/event-source-mappings")) {
            return method.equals("POST") ? "CreateEventSourceMapping" : "ListEventSourceMappings";
        }
        if (path.matches("/[^/]+/functions/?")) {
            return method.equals("POST") ? "CreateFunction" : "ListFunctions";
        }
        return switch (method) {
            case "GET" -> "GetFunction";
            case "DELETE" -> "DeleteFunction";
            default -> "UpdateFunction";
        };
    }

    private static Optional<String> formAction(AwsRequest request) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        AwsRequest asQuery = new AwsRequest(request.service(), "POST", "/", body, Map.of(), new byte[0]);
        return asQuery.queryParameter("Action");
    }

    private static Optional<String> lastSegment(String path) {
        String trimmed = path.replaceAll("/+$", "");
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 || slash == trimmed.length() - 1
                ? Optional.empty()
                : Optional.of(trimmed.substring(slash + 1));
    }
}
