package dev.tandem.catalog.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the service needs to know about where it runs, except AWS endpoints, region and
 * credentials, which the SDK reads from its own standard variables ({@code AWS_REGION}, {@code
 * AWS_ENDPOINT_URL}, ...). Bound from {@code tandem.*}, and so from environment variables
 * such as {@code TANDEM_TABLES_PRODUCTS} or {@code TANDEM_ADMIN_TOKEN}. The defaults are the names a
 * local run uses; in AWS the CDK stack sets every name.
 */
@Validated
@ConfigurationProperties("tandem")
public record TandemProperties(
        @Valid @DefaultValue Admin admin,
        @Valid @DefaultValue Tables tables,
        @Valid @DefaultValue Media media,
        @Valid @DefaultValue Bus bus,
        @Valid @DefaultValue Inbox inbox,
        @Valid @DefaultValue Outbox outbox,
        @Valid @DefaultValue Metrics metrics,
        @Valid @DefaultValue Recommendations recommendations) {

    /**
     * @param token the bearer token of the admin endpoints ({@code TANDEM_ADMIN_TOKEN}). There is
     *     deliberately no default: the service refuses to start without one.
     */
    public record Admin(
            @NotBlank @Size(min = 16, message = "must be at least 16 characters")
            String token) {

        @Override
        public String toString() {
            return "Admin[token=<redacted>]";
        }
    }

    /** Table names; see {@link CatalogTables} for what each holds. */
    public record Tables(
            @NotBlank @DefaultValue("tandem-products") String products,
            @NotBlank @DefaultValue("tandem-orders") String orders,
            @NotBlank @DefaultValue("tandem-outbox") String outbox,
            @NotBlank @DefaultValue("tandem-claims") String claims,
            @NotBlank @DefaultValue("tandem-leases") String leases) {}

    /**
     * @param bucket where clients upload images and the image-resizer writes renditions
     * @param pathStyleAccess address the bucket as {@code endpoint/bucket} rather than {@code
     *     bucket.endpoint}; only S3 emulators on a bare host and port need it
     * @param uploadUrlTtl how long a presigned upload URL stays valid
     * @param downloadUrlTtl how long a presigned rendition URL stays valid
     */
    public record Media(
            @NotBlank @DefaultValue("tandem-media") String bucket,
            @DefaultValue("false") boolean pathStyleAccess,
            @NotNull @DefaultValue("10m") Duration uploadUrlTtl,
            @NotNull @DefaultValue("15m") Duration downloadUrlTtl) {}

    /** @param name the EventBridge bus the outbox relay publishes to */
    public record Bus(@NotBlank @DefaultValue("tandem") String name) {}

    /**
     * @param queue the name or URL of the queue the Lambda functions' results arrive on; its default
     *     is in {@code application.properties}, where the {@code @SqsListener} placeholder finds it
     */
    public record Inbox(@NotBlank String queue) {}

    /**
     * @param pollInterval how often the relay looks for unpublished records when all is well
     * @param lease how long a relay owns a record it is publishing; a crashed relay's records are
     *     picked up again after this
     * @param initialBackoff the pause after a first failed publish, doubled after each further one
     * @param maxBackoff the longest pause between attempts while the bus keeps failing
     */
    public record Outbox(
            @NotNull @DefaultValue("1s") Duration pollInterval,
            @NotNull @DefaultValue("30s") Duration lease,
            @NotNull @DefaultValue("200ms") Duration initialBackoff,
            @NotNull @DefaultValue("30s") Duration maxBackoff) {}

    /**
     * The service's own CloudWatch metrics (the outbox backlog, see {@code OutboxBacklogPublisher}).
     *
     * @param enabled whether to publish them; the {@code aws} profile turns this on, and a local run under that
     *     profile publishes to local-cloud's CloudWatch
     * @param namespace the CloudWatch namespace; the instance role may publish to this one only
     * @param environment the value of the {@code Environment} dimension, so that several deployments in one account
     *     (say {@code sandbox} and {@code alice}) publish separate metrics
     * @param interval how often the backlog is measured and published
     */
    public record Metrics(
            @DefaultValue("false") boolean enabled,

            @NotBlank
            @Pattern(
                    regexp = "(?!AWS/)[^:].{0,254}",
                    message = "must be 1 to 255 characters and not start with AWS/ (reserved for AWS) or a colon")
            @DefaultValue("Tandem")
            String namespace,

            @NotBlank @Size(max = 255) @DefaultValue("local")
            String environment,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("1m")
            Duration interval) {}

    /**
     * The recommendation model (see {@code RecommendationRefresher}): how often it is rebuilt, and how
     * the instances share it through the media bucket.
     *
     * @param rebuildInterval the longest a model serves before one instance rebuilds it
     * @param rebuildAfterOrders rebuild early once this many orders were paid since the model's data
     * @param checkInterval how often each instance looks for a newer snapshot and whether a rebuild is due
     * @param lease how long the instance that rebuilds holds the builder's lease; longer than a build takes
     * @param neighbours how many neighbours the model keeps per product
     * @param snapshotPrefix where in the media bucket the snapshots go; the instance role may use only this prefix
     */
    public record Recommendations(
            @NotNull @DurationMin(seconds = 1) @DefaultValue("1h")
            Duration rebuildInterval,

            @Min(1) @DefaultValue("500") int rebuildAfterOrders,

            @NotNull @DurationMin(millis = 100) @DefaultValue("1m")
            Duration checkInterval,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("15m")
            Duration lease,

            @Min(1) @Max(100) @DefaultValue("20") int neighbours,

            @NotBlank
            @Pattern(regexp = "[a-z0-9/-]+/", message = "must be a key prefix ending in /")
            @DefaultValue("models/recommendations/")
            String snapshotPrefix) {}
}
