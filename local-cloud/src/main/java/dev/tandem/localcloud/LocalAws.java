package dev.tandem.localcloud;

import dev.tandem.localcloud.cloudwatch.CloudWatchEmulator;
import dev.tandem.localcloud.dynamodb.DynamoDbEmulator;
import dev.tandem.localcloud.eventbridge.EventBridgeEmulator;
import dev.tandem.localcloud.eventbridge.EventEntry;
import dev.tandem.localcloud.s3.S3Emulator;
import dev.tandem.localcloud.sqs.SqsEmulator;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * S3, SQS, DynamoDB, EventBridge and CloudWatch metrics running in this JVM, each on a free loopback port, for one
 * region and account ({@link LocalAwsSettings}). Buckets with EventBridge notifications on put {@code Object
 * Created} events on the default bus, and EventBridge delivers to SQS, as on AWS.
 *
 * <p>{@link #environment()} is what a child process needs to use these services with an unmodified AWS SDK.
 * Closing stops all five.
 */
public final class LocalAws implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalAws.class);

    private final LocalAwsSettings settings;
    private final SqsEmulator sqs;
    private final DynamoDbEmulator dynamoDb;
    private final EventBridgeEmulator eventBridge;
    private final S3Emulator s3;
    private final CloudWatchEmulator cloudWatch;
    private final StartedServices services;

    private LocalAws(
            LocalAwsSettings settings,
            SqsEmulator sqs,
            DynamoDbEmulator dynamoDb,
            EventBridgeEmulator eventBridge,
            S3Emulator s3,
            CloudWatchEmulator cloudWatch,
            StartedServices services) {
        this.settings = settings;
        this.sqs = sqs;
        this.dynamoDb = dynamoDb;
        this.eventBridge = eventBridge;
        this.s3 = s3;
        this.cloudWatch = cloudWatch;
        this.services = services;
    }

    public static LocalAws start() {
        return start(LocalAwsSettings.defaults());
    }

    /**
     * Starts the five services side by side. EventBridge delivers through SQS, so it starts once SQS is up; S3's
     * events wait for EventBridge, which is always up by the time this method returns and anyone can reach S3.
     *
     * @throws IllegalStateException if a service does not start; those already started are stopped again
     */
    public static LocalAws start(LocalAwsSettings settings) {
        long startedAt = System.nanoTime();
        String region = settings.region().id();
        String account = settings.accountId();
        StartedServices services = new StartedServices();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var dynamoDb = CompletableFuture.supplyAsync(() -> services.add(DynamoDbEmulator.start()), executor);
            var sqs = CompletableFuture.supplyAsync(() -> services.add(SqsEmulator.start(region, account)), executor);
            var eventBridge = sqs.thenApply(queues -> services.add(EventBridgeEmulator.start(
                    region, account, settings.deliveryBackoff(), services.add(sqsClient(queues, settings)))));
            Consumer<EventEntry> toEventBridge = event -> eventBridge.join().publish(event);
            var s3 = CompletableFuture.supplyAsync(
                    () -> services.add(S3Emulator.start(region, account, settings.credentials(), toEventBridge)),
                    executor);
            var cloudWatch = CompletableFuture.supplyAsync(() -> services.add(CloudWatchEmulator.start()), executor);
            LocalAws aws = new LocalAws(
                    settings, sqs.join(), dynamoDb.join(), eventBridge.join(), s3.join(), cloudWatch.join(), services);
            log.info(
                    "local-cloud started in {} ms: S3 {}, SQS {}, DynamoDB {}, EventBridge {}, CloudWatch {}",
                    Duration.ofNanos(System.nanoTime() - startedAt).toMillis(),
                    aws.s3Endpoint(),
                    aws.sqsEndpoint(),
                    aws.dynamoDbEndpoint(),
                    aws.eventBridgeEndpoint(),
                    aws.cloudWatchEndpoint());
            return aws;
        } catch (CompletionException e) {
            services.close();
            throw new IllegalStateException("local-cloud did not start", e.getCause());
        }
    }

    public LocalAwsSettings settings() {
        return settings;
    }

    public URI s3Endpoint() {
        return s3.endpoint();
    }

    public URI sqsEndpoint() {
        return sqs.endpoint();
    }

    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    public URI eventBridgeEndpoint() {
        return eventBridge.endpoint();
    }

    public URI cloudWatchEndpoint() {
        return cloudWatch.endpoint();
    }

    /** The local CloudWatch, to read the metric datapoints it received. */
    public CloudWatchEmulator cloudWatch() {
        return cloudWatch;
    }

    /** The local EventBridge, to register more kinds of targets with. */
    public EventBridgeEmulator eventBridge() {
        return eventBridge;
    }

    /**
     * The environment variables with which an AWS SDK in a child process uses these services: region, key pair,
     * and one endpoint per service. The S3 endpoint is an IP address, for which the SDK makes path-style requests.
     * Every service a child process may call is listed, CloudWatch included, so that none of its calls can reach
     * AWS itself.
     */
    public Map<String, String> environment() {
        return Map.of(
                "AWS_REGION", settings.region().id(),
                "AWS_ACCESS_KEY_ID", settings.credentials().accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", settings.credentials().secretAccessKey(),
                "AWS_ENDPOINT_URL_S3", s3Endpoint().toString(),
                "AWS_ENDPOINT_URL_SQS", sqsEndpoint().toString(),
                "AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint().toString(),
                "AWS_ENDPOINT_URL_EVENTBRIDGE", eventBridgeEndpoint().toString(),
                "AWS_ENDPOINT_URL_CLOUDWATCH", cloudWatchEndpoint().toString());
    }

    /** Stops the services, in the reverse order of their start. */
    @Override
    public void close() {
        services.close();
        log.info("local-cloud stopped");
    }

    /** EventBridge's own SQS client; it owns its HTTP client, so closing it releases everything. */
    private static SqsClient sqsClient(SqsEmulator queues, LocalAwsSettings settings) {
        return SqsClient.builder()
                .region(settings.region())
                .credentialsProvider(StaticCredentialsProvider.create(settings.credentials()))
                .endpointOverride(queues.endpoint())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
