package dev.tandem.localcloud.edge.authorization;

import dev.tandem.localcloud.edge.request.AwsRequest;
import java.util.Map;

/** S3's operation names, told from a path-style request's method, path and subresource. */
final class S3OperationNames {

    private static final Map<String, String> BUCKET_SUBRESOURCES = Map.of(
            "cors", "BucketCors",
            "notification", "BucketNotificationConfiguration",
            "policy", "BucketPolicy",
            "tagging", "BucketTagging",
            "acl", "BucketAcl");

    private S3OperationNames() {}

    static String name(AwsRequest request) {
        String path = request.path().replaceFirst("^/+", "");
        String method = request.method();
        if (path.isEmpty()) {
            return "ListBuckets";
        }
        boolean hasKey = path.indexOf('/') > 0 && path.indexOf('/') < path.length() - 1;
        if (method.equals("OPTIONS")) {
            return "PreflightRequest";
        }
        if (!hasKey) {
            return bucket(request, method);
        }
        return switch (method) {
            case "GET" -> "GetObject";
            case "HEAD" -> "HeadObject";
            case "DELETE" -> "DeleteObject";
            case "POST" -> request.queryParameters().containsKey("uploads") ? "CreateMultipartUpload" : "PostObject";
            default -> request.header("x-amz-copy-source").isPresent() ? "CopyObject" : "PutObject";
        };
    }

    private static String bucket(AwsRequest request, String method) {
        for (Map.Entry<String, String> subresource : BUCKET_SUBRESOURCES.entrySet()) {
            if (request.queryParameters().containsKey(subresource.getKey())) {
                return switch (method) {
                    case "GET" -> "Get" + subresource.getValue();
                    case "DELETE" -> "Delete" + subresource.getValue();
                    default -> "Put" + subresource.getValue();
                };
            }
        }
        return switch (method) {
            case "PUT" -> "CreateBucket";
            case "DELETE" -> "DeleteBucket";
            case "HEAD" -> "HeadBucket";
            case "POST" -> "DeleteObjects";
            default -> "ListObjectsV2";
        };
    }
}
