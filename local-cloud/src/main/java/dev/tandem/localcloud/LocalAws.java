package dev.tandem.localcloud;

import dev.tandem.localcloud.cloudwatch.CloudWatchEmulator;
import dev.tandem.localcloud.dynamodb.DynamoDbEmulator;
import dev.tandem.localcloud.edge.Edge;
import dev.tandem.localcloud.edge.sigv4.AccessKeys;
import dev.tandem.localcloud.eventbridge.EventBridgeEmulator;
import dev.tandem.localcloud.eventbridge.routing.EventEntry;
import dev.tandem.localcloud.iam.policy.Principal;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * S3, SQS, DynamoDB, EventBridge and CloudWatch metrics running in this JVM for one region and account ({@link
 * LocalAwsSettings}), all behind one {@link Edge} that checks every call's signature and routes it by its credential
 * scope. Buckets with EventBridge notifications on put {@code Object Created} events on the default bus, and
 * EventBridge delivers to SQS, as on AWS.
 *
 * <p>{@link #environment()} is what a child process needs to use these services with an unmodified AWS SDK.
 * Closing stops the edge and all five.
 */
public final class LocalAws implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalAws.class);

    /** Whom local EventBridge's deliveries are authorized as: the service principal the queue policies name. */
    public static final Principal EVENTBRIDGE =
            new Principal(Principal.Kind.SERVICE, "events.amazonaws.com", "events.amazonaws.com");

    private final LocalAwsSettings settings;
    private final EventBridgeEmulator eventBridge;
    private final CloudWatchEmulator cloudWatch;
    private final Edge edge;
    private final StartedServices services;

    private LocalAws(
            LocalAwsSettings settings,
            EventBridgeEmulator eventBridge,
            CloudWatchEmulator cloudWatch,
            Edge edge,
            StartedServices services) {
        this.settings = settings;
        this.eventBridge = eventBridge;
        this.cloudWatch = cloudWatch;
        this.edge = edge;
        this.services = services;
    }

    public static LocalAws start() {
        return start(LocalAwsSettings.defaults());
    }

    /**
     * Starts the edge, then the five services side by side behind it. EventBridge delivers to SQS through the edge,
     * as the service principal {@link #EVENTBRIDGE}, so that IAM can check each delivery against the queue's policy;
     * it starts once SQS is up. S3's events wait for EventBridge, which is always up by the time this method returns
     * and anyone can reach S3.
     *
     * @throws IllegalStateException if a service does not start; those already started are stopped again
     */
    public static LocalAws start(LocalAwsSettings settings) {
        long startedAt = System.nanoTime();
        String region = settings.region().id();
        String account = settings.accountId();
        StartedServices services = new StartedServices();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            // The edge first: EventBridge delivers to SQS through it, as the service principal AWS's EventBridge is.
            Edge edge = services.add(
                    Edge.start(settings.edgePort(), region, new AccessKeys(settings.credentials(), account)));
            // The key pair that LocalStack's and Floci's users and tools default to works here too, as the
            // administrator's: `./run-local --emulator http://127.0.0.1:4566` can deploy into a running local-cloud.
            edge.accessKeys().addAdministratorKey(AwsBasicCredentials.create("test", "test"));
            AwsCredentials eventBridgeKey = edge.accessKeys().issue(EVENTBRIDGE);
            var dynamoDb = CompletableFuture.supplyAsync(() -> services.add(DynamoDbEmulator.start()), executor);
            var sqs = CompletableFuture.supplyAsync(() -> services.add(SqsEmulator.start(region, account)), executor);
            var eventBridge = sqs.thenApply(queues -> services.add(EventBridgeEmulator.start(
                    region,
                    account,
                    settings.deliveryBackoff(),
                    services.add(sqsClient(edge.endpoint(), eventBridgeKey, settings)),
                    services.add(sqsClient(edge.endpoint(), settings.credentials(), settings)))));
            Consumer<EventEntry> toEventBridge = event -> eventBridge.join().publish(event);
            var s3 = CompletableFuture.supplyAsync(
                    () -> services.add(S3Emulator.start(account, toEventBridge)), executor);
            var cloudWatch = CompletableFuture.supplyAsync(() -> services.add(CloudWatchEmulator.start()), executor);
            edge.route("s3", s3.join().endpoint());
            edge.route("sqs", sqs.join().endpoint());
            edge.route("dynamodb", dynamoDb.join().endpoint());
            edge.route("events", eventBridge.join().endpoint());
            edge.route("monitoring", cloudWatch.join().endpoint());
            LocalAws aws = new LocalAws(settings, eventBridge.join(), cloudWatch.join(), edge, services);
            log.info(
                    "local-cloud started in {} ms: every service on {}",
                    Duration.ofNanos(System.nanoTime() - startedAt).toMillis(),
                    edge.endpoint());
            return aws;
        } catch (CompletionException e) {
            services.close();
            throw new IllegalStateException("local-cloud did not start", e.getCause());
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    public LocalAwsSettings settings() {
        return settings;
    }

    /** Where every service answers: the edge ({@code AWS_ENDPOINT_URL}). */
    public URI endpoint() {
        return edge.endpoint();
    }

    /** The edge, to plug IAM, faults and the call trail into, and to route the Lambda API through. */
    public Edge edge() {
        return edge;
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
     * The environment variables with which an AWS SDK in a child process uses these services: region, the
     * administrator's key pair, and the edge as the one endpoint for every service. The endpoint is an IP address,
     * for which the SDK makes path-style S3 requests. No service a child process may call is left out, so none of its
     * calls can reach AWS itself.
     */
    public Map<String, String> environment() {
        return Map.of(
                "AWS_REGION", settings.region().id(),
                "AWS_ACCESS_KEY_ID", settings.credentials().accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", settings.credentials().secretAccessKey(),
                "AWS_ENDPOINT_URL", endpoint().toString());
    }

    /** Stops the services, in the reverse order of their start. */
    @Override
    public void close() {
        services.close();
        log.info("local-cloud stopped");
    }

    /** EventBridge's own SQS client; it owns its HTTP client, so closing it releases everything. */
    private static SqsClient sqsClient(URI edge, AwsCredentials key, LocalAwsSettings settings) {
        return SqsClient.builder()
                .region(settings.region())
                .credentialsProvider(StaticCredentialsProvider.create(key))
                .endpointOverride(edge)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
