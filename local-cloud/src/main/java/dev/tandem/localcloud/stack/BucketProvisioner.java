package dev.tandem.localcloud.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CORSRule;
import tools.jackson.databind.JsonNode;

/**
 * {@code AWS::S3::Bucket} with its CORS rules, and the effect of CDK's {@code
 * Custom::S3BucketNotifications} resource: on AWS, that resource's handler switches the bucket's
 * EventBridge notifications on; here the same request goes straight to the S3 being deployed into.
 */
final class BucketProvisioner implements Provisioner {

    static final String BUCKET_NOTIFICATIONS = "Custom::S3BucketNotifications";

    private final S3Client s3;
    private final String region;

    BucketProvisioner(S3Client s3, String region) {
        this.s3 = s3;
        this.region = region;
    }

    static String bucketName(Properties properties) {
        return properties.text("BucketName").orElseGet(() -> Names.generated(properties.resource(), 63, true));
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::S3::Bucket", BUCKET_NOTIFICATIONS);
    }

    @Override
    public Optional<Physical> create(Properties properties) {
        if (properties.resource().type().equals(BUCKET_NOTIFICATIONS)) {
            return Optional.of(switchOnEventBridge(properties));
        }
        String name = bucketName(properties);
        s3.createBucket(b -> b.bucket(name));
        properties.json("CorsConfiguration").ifPresent(cors -> applyCors(name, cors));
        return Optional.of(new Physical(
                name,
                Map.of(
                        "Arn", "arn:aws:s3:::" + name,
                        "DomainName", name + ".s3.amazonaws.com",
                        "RegionalDomainName", name + ".s3." + region + ".amazonaws.com")));
    }

    /** The template's {@code CorsRules}, which name their fields differently from the S3 API's. */
    private void applyCors(String bucket, JsonNode cors) {
        s3.putBucketCors(b -> b.bucket(bucket)
                .corsConfiguration(c -> c.corsRules(cors.path("CorsRules")
                        .valueStream()
                        .map(BucketProvisioner::corsRule)
                        .toList())));
    }

    private Physical switchOnEventBridge(Properties properties) {
        String bucket = properties.requiredText("BucketName");
        JsonNode configuration = properties.json("NotificationConfiguration").orElseThrow();
        if (configuration.has("EventBridgeConfiguration")) {
            s3.putBucketNotificationConfiguration(
                    b -> b.bucket(bucket).notificationConfiguration(n -> n.eventBridgeConfiguration(e -> {})));
        }
        return new Physical(bucket + "-notifications", Map.of());
    }

    private static CORSRule corsRule(JsonNode rule) {
        return CORSRule.builder()
                .id(rule.has("Id") ? rule.path("Id").asString() : null)
                .allowedMethods(strings(rule.path("AllowedMethods")))
                .allowedOrigins(strings(rule.path("AllowedOrigins")))
                .allowedHeaders(strings(rule.path("AllowedHeaders")))
                .exposeHeaders(strings(rule.path("ExposedHeaders")))
                .maxAgeSeconds(rule.has("MaxAge") ? rule.path("MaxAge").asInt() : null)
                .build();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
