package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * S3's operations (REST: method, path-style {@code /bucket/key} and the query's subresource) and their accesses, as
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html and
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html give them: an object's
 * operations on {@code arn:aws:s3:::bucket/key} (the key decoded), a bucket's on {@code arn:aws:s3:::bucket}, and
 * listing the buckets on no resource. Several operations share an action: a {@code HEAD} needs its {@code GET}'s,
 * a multipart upload's parts and a copy's target need {@code s3:PutObject}, deleting a configuration needs the
 * action that puts it.
 *
 * <p>Every access carries {@code aws:SecureTransport = true} (see {@link OperationTable} for why). A presigned
 * request is the signer's, as on AWS: the edge knows its principal from the access key in the query. Virtual-hosted-style requests are not recognised: the edge
 * serves S3 on one host, path style.
 */
final class S3Operations {

    private static final Pattern DELETE_KEY = Pattern.compile("<Key>(.*?)</Key>", Pattern.DOTALL);
    private static final Map<String, List<String>> SECURE_TRANSPORT = Map.of("aws:SecureTransport", List.of("true"));

    /** Bucket subresources: the {@code GET} action, and the one {@code PUT} and {@code DELETE} need. */
    private record Subresource(String getOperation, String getAction, String putOperation, String putAction) {}

    private static final Map<String, Subresource> BUCKET_SUBRESOURCES = Map.ofEntries(
            Map.entry("cors", new Subresource("GetBucketCors", "GetBucketCORS", "PutBucketCors", "PutBucketCORS")),
            Map.entry(
                    "notification",
                    new Subresource(
                            "GetBucketNotificationConfiguration", "GetBucketNotification",
                            "PutBucketNotificationConfiguration", "PutBucketNotification")),
            Map.entry(
                    "policy",
                    new Subresource("GetBucketPolicy", "GetBucketPolicy", "PutBucketPolicy", "PutBucketPolicy")),
            Map.entry(
                    "encryption",
                    new Subresource(
                            "GetBucketEncryption", "GetEncryptionConfiguration",
                            "PutBucketEncryption", "PutEncryptionConfiguration")),
            Map.entry(
                    "publicAccessBlock",
                    new Subresource(
                            "GetPublicAccessBlock", "GetBucketPublicAccessBlock",
                            "PutPublicAccessBlock", "PutBucketPublicAccessBlock")),
            Map.entry(
                    "tagging",
                    new Subresource("GetBucketTagging", "GetBucketTagging", "PutBucketTagging", "PutBucketTagging")),
            Map.entry(
                    "versioning",
                    new Subresource(
                            "GetBucketVersioning",
                            "GetBucketVersioning",
                            "PutBucketVersioning",
                            "PutBucketVersioning")),
            Map.entry(
                    "lifecycle",
                    new Subresource(
                            "GetBucketLifecycleConfiguration", "GetLifecycleConfiguration",
                            "PutBucketLifecycleConfiguration", "PutLifecycleConfiguration")),
            Map.entry("acl", new Subresource("GetBucketAcl", "GetBucketAcl", "PutBucketAcl", "PutBucketAcl")),
            Map.entry(
                    "ownershipControls",
                    new Subresource(
                            "GetBucketOwnershipControls", "GetBucketOwnershipControls",
                            "PutBucketOwnershipControls", "PutBucketOwnershipControls")),
            Map.entry(
                    "website",
                    new Subresource("GetBucketWebsite", "GetBucketWebsite", "PutBucketWebsite", "PutBucketWebsite")),
            Map.entry(
                    "logging",
                    new Subresource("GetBucketLogging", "GetBucketLogging", "PutBucketLogging", "PutBucketLogging")),
            Map.entry("location", new Subresource("GetBucketLocation", "GetBucketLocation", "Unknown", "Unknown")),
            Map.entry(
                    "policyStatus",
                    new Subresource("GetBucketPolicyStatus", "GetBucketPolicyStatus", "Unknown", "Unknown")),
            Map.entry(
                    "object-lock",
                    new Subresource(
                            "GetObjectLockConfiguration", "GetBucketObjectLockConfiguration",
                            "PutObjectLockConfiguration", "PutBucketObjectLockConfiguration")));

    /** The deletions with an action of their own; every other deletion needs its put's action. */
    private static final Map<String, String> DELETE_ACTIONS =
            Map.of("policy", "DeleteBucketPolicy", "website", "DeleteBucketWebsite");

    private static final Set<String> OBJECT_SUBRESOURCES =
            Set.of("tagging", "acl", "attributes", "retention", "legal-hold");

    Operation resolve(AwsRequest request) {
        String path = request.path();
        String method = request.method();
        if (method.equals("OPTIONS")) {
            // A browser's CORS preflight: S3 answers it by the bucket's CORS rules, with no authorization.
            return new Operation("s3", "PreflightRequest", List.of());
        }
        String withoutSlash = path.startsWith("/") ? path.substring(1) : path;
        if (withoutSlash.isEmpty()) {
            return operation("ListBuckets", List.of(new Access("s3:ListAllMyBuckets", "*", SECURE_TRANSPORT)));
        }
        int slash = withoutSlash.indexOf('/');
        if (slash < 0 || slash == withoutSlash.length() - 1) {
            String bucket = slash < 0 ? withoutSlash : withoutSlash.substring(0, slash);
            return bucket(request, bucket);
        }
        return object(request, withoutSlash.substring(0, slash), withoutSlash.substring(slash + 1));
    }

    private Operation bucket(AwsRequest request, String bucket) {
        Map<String, List<String>> query = request.queryParameters();
        String method = request.method();
        String arn = "arn:aws:s3:::" + bucket;
        for (Map.Entry<String, Subresource> subresource : BUCKET_SUBRESOURCES.entrySet()) {
            if (query.containsKey(subresource.getKey())) {
                Subresource s = subresource.getValue();
                if (method.equals("GET")) {
                    return access(s.getOperation(), s.getAction(), arn);
                }
                if (method.equals("DELETE")) {
                    String name = s.putOperation().replace("Put", "Delete");
                    return access(name, DELETE_ACTIONS.getOrDefault(subresource.getKey(), s.putAction()), arn);
                }
                return access(s.putOperation(), s.putAction(), arn);
            }
        }
        if (query.containsKey("delete") && method.equals("POST")) {
            List<Access> accesses = new ArrayList<>();
            Matcher keys = DELETE_KEY.matcher(new String(request.body(), StandardCharsets.UTF_8));
            while (keys.find()) {
                accesses.add(new Access("s3:DeleteObject", arn + "/" + unescapeXml(keys.group(1)), SECURE_TRANSPORT));
            }
            return operation("DeleteObjects", accesses);
        }
        if (query.containsKey("versions")) {
            return access("ListObjectVersions", "ListBucketVersions", arn);
        }
        if (query.containsKey("uploads")) {
            return access("ListMultipartUploads", "ListBucketMultipartUploads", arn);
        }
        return switch (method) {
            case "PUT" -> access("CreateBucket", "CreateBucket", arn);
            case "DELETE" -> access("DeleteBucket", "DeleteBucket", arn);
            case "HEAD" -> access("HeadBucket", "ListBucket", arn);
            case "GET" -> {
                Map<String, List<String>> context = new java.util.HashMap<>(SECURE_TRANSPORT);
                request.queryParameter("prefix").ifPresent(prefix -> context.put("s3:prefix", List.of(prefix)));
                String name =
                        request.queryParameter("list-type").filter("2"::equals).isPresent()
                                ? "ListObjectsV2"
                                : "ListObjects";
                yield operation(name, List.of(new Access("s3:ListBucket", arn, context)));
            }
            default -> access("Unknown", "Unknown", arn);
        };
    }

    private Operation object(AwsRequest request, String bucket, String key) {
        Map<String, List<String>> query = request.queryParameters();
        String method = request.method();
        String arn = "arn:aws:s3:::" + bucket + "/" + key;
        for (String subresource : OBJECT_SUBRESOURCES) {
            if (query.containsKey(subresource)) {
                String noun =
                        switch (subresource) {
                            case "tagging" -> "ObjectTagging";
                            case "acl" -> "ObjectAcl";
                            case "attributes" -> "ObjectAttributes";
                            case "retention" -> "ObjectRetention";
                            default -> "ObjectLegalHold";
                        };
                String verb =
                        switch (method) {
                            case "GET", "HEAD" -> "Get";
                            case "DELETE" -> "Delete";
                            default -> "Put";
                        };
                return access(verb + noun, verb + noun, arn);
            }
        }
        boolean versioned = query.containsKey("versionId");
        boolean multipart = query.containsKey("uploadId");
        return switch (method) {
            case "GET" ->
                multipart
                        ? access("ListParts", "ListMultipartUploadParts", arn)
                        : access("GetObject", versioned ? "GetObjectVersion" : "GetObject", arn);
            case "HEAD" -> access("HeadObject", versioned ? "GetObjectVersion" : "GetObject", arn);
            case "PUT" -> put(request, arn, multipart);
            case "DELETE" ->
                multipart
                        ? access("AbortMultipartUpload", "AbortMultipartUpload", arn)
                        : access("DeleteObject", versioned ? "DeleteObjectVersion" : "DeleteObject", arn);
            case "POST" -> {
                if (query.containsKey("uploads")) {
                    yield access("CreateMultipartUpload", "PutObject", arn);
                }
                if (multipart) {
                    yield access("CompleteMultipartUpload", "PutObject", arn);
                }
                yield query.containsKey("restore")
                        ? access("RestoreObject", "RestoreObject", arn)
                        : access("Unknown", "Unknown", arn);
            }
            default -> access("Unknown", "Unknown", arn);
        };
    }

    /** A put, a part, or a copy: a copy needs to read its source as well as write its target. */
    private Operation put(AwsRequest request, String arn, boolean part) {
        String name = part ? "UploadPart" : "PutObject";
        List<Access> accesses = new ArrayList<>();
        accesses.add(new Access("s3:PutObject", arn, SECURE_TRANSPORT));
        var copySource = request.header("x-amz-copy-source");
        if (copySource.isPresent()) {
            name = part ? "UploadPartCopy" : "CopyObject";
            String source = java.net.URLDecoder.decode(copySource.get().replace("+", "%2B"), StandardCharsets.UTF_8);
            source = source.startsWith("/") ? source.substring(1) : source;
            int version = source.indexOf("?versionId=");
            String action = version >= 0 ? "s3:GetObjectVersion" : "s3:GetObject";
            accesses.add(new Access(
                    action,
                    "arn:aws:s3:::" + (version >= 0 ? source.substring(0, version) : source),
                    SECURE_TRANSPORT));
        }
        return operation(name, accesses);
    }

    private static Operation access(String operation, String action, String resource) {
        return operation(operation, List.of(new Access("s3:" + action, resource, SECURE_TRANSPORT)));
    }

    private static Operation operation(String name, List<Access> accesses) {
        return new Operation("s3", name, accesses);
    }

    private static String unescapeXml(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
