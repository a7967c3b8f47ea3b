package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.stack.template.Names;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import tools.jackson.databind.JsonNode;

/**
 * {@code AWS::S3::Bucket} with its CORS rules, and the effect of CDK's {@code
 * Custom::S3BucketNotifications} resource: on AWS, that resource's handler switches the bucket's
 * EventBridge notifications on; here the same request goes straight to the S3 being deployed into. A bucket that
 * exists already keeps its objects and gets the template's CORS rules where its own differ.
 */
public final class BucketProvisioner implements Provisioner {

    static final String BUCKET_NOTIFICATIONS = "Custom::S3BucketNotifications";

    private final S3Client s3;
    private final String region;

    public BucketProvisioner(S3Client s3, String region) {
        this.s3 = s3;
        this.region = region;
    }

    static String bucketName(ResourceProperties properties) {
        return properties.text("BucketName").orElseGet(() -> Names.generated(properties.resource(), 63, true));
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::S3::Bucket", BUCKET_NOTIFICATIONS);
    }

    @Override
    public Optional<Provisioned> create(ResourceProperties properties) {
        if (properties.resource().type().equals(BUCKET_NOTIFICATIONS)) {
            return Optional.of(switchOnEventBridge(properties));
        }
        String name = bucketName(properties);
        PhysicalResource physical = new PhysicalResource(
                name,
                Map.of(
                        "Arn", "arn:aws:s3:::" + name,
                        "DomainName", name + ".s3.amazonaws.com",
                        "RegionalDomainName", name + ".s3." + region + ".amazonaws.com"));
        List<CORSRule> cors = properties.json("CorsConfiguration").stream()
                .flatMap(configuration -> configuration.path("CorsRules").valueStream())
                .map(BucketProvisioner::corsRule)
                .toList();
        if (!exists(name)) {
            s3.createBucket(b -> b.bucket(name));
            if (!cors.isEmpty()) {
                s3.putBucketCors(b -> b.bucket(name).corsConfiguration(c -> c.corsRules(cors)));
            }
            return Optional.of(Provisioned.created(physical));
        }
        return Optional.of(Provisioned.existing(physical, bringCorsTo(name, cors)));
    }

    /**
     * Whether the bucket is there, asked with {@code HeadBucket} before creating it: in us-east-1, where emulators
     * run by default, {@code CreateBucket} of a bucket one owns answers 200 OK rather than {@code
     * BucketAlreadyOwnedByYou} (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html), so its
     * answer cannot tell a new bucket from one that was kept.
     */
    private boolean exists(String bucket) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (NoSuchBucketException absent) {
            return false;
        }
    }

    /** Sets the template's CORS rules, or deletes the bucket's, where they differ; returns whether they did. */
    private boolean bringCorsTo(String bucket, List<CORSRule> wanted) {
        List<CORSRule> current;
        try {
            current = s3.getBucketCors(b -> b.bucket(bucket)).corsRules();
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            // NoSuchCORSConfiguration: https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketCors.html
            current = List.of();
        }
        if (shape(current).equals(shape(wanted))) {
            return false;
        }
        if (wanted.isEmpty()) {
            s3.deleteBucketCors(b -> b.bucket(bucket));
        } else {
            s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(wanted)));
        }
        return true;
    }

    /**
     * Switches the bucket's EventBridge notifications on unless they are on already: as a resource of its own, the
     * switch is reused when a bucket kept from an earlier deployment has them.
     */
    private Provisioned switchOnEventBridge(ResourceProperties properties) {
        String bucket = properties.requiredText("BucketName");
        JsonNode configuration = properties.json("NotificationConfiguration").orElseThrow();
        PhysicalResource physical = new PhysicalResource(bucket + "-notifications", Map.of());
        if (!configuration.has("EventBridgeConfiguration")) {
            return Provisioned.created(physical);
        }
        boolean on =
                s3.getBucketNotificationConfiguration(b -> b.bucket(bucket)).eventBridgeConfiguration() != null;
        if (on) {
            return Provisioned.existing(physical, false);
        }
        s3.putBucketNotificationConfiguration(
                b -> b.bucket(bucket).notificationConfiguration(n -> n.eventBridgeConfiguration(e -> {})));
        return Provisioned.created(physical);
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

    /**
     * The rules' fields as plain values: the SDK tells a list that was never set from an empty one, which a rule
     * read back from S3 and one built from the template may differ in without meaning anything different.
     */
    private static List<List<Object>> shape(List<CORSRule> rules) {
        return rules.stream()
                .map(rule -> List.<Object>of(
                        String.valueOf(rule.id()),
                        List.copyOf(rule.allowedMethods()),
                        List.copyOf(rule.allowedOrigins()),
                        List.copyOf(rule.allowedHeaders()),
                        List.copyOf(rule.exposeHeaders()),
                        String.valueOf(rule.maxAgeSeconds())))
                .toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
