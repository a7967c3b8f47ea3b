package dev.tandem.localcloud.run;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.LocalAwsClients;
import dev.tandem.localcloud.lambda.AsyncInvokeConfig;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.FunctionHostSettings;
import dev.tandem.localcloud.lambda.LambdaEventTarget;
import dev.tandem.localcloud.service.ServiceDefinition;
import dev.tandem.localcloud.service.ServiceHost;
import dev.tandem.localcloud.stack.AwsClients;
import dev.tandem.localcloud.stack.CloudAssembly;
import dev.tandem.localcloud.stack.LocalDeployment;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole synthesized Tandem app on this machine: the emulators, every resource of the
 * templates in {@code infra/cdk.out}, each Lambda function in its own JVM and the catalog service
 * as a child process. Ctrl-C stops everything.
 */
public final class TandemLocal implements AutoCloseable {

    static {
        // Before the first logger exists: the launcher's own logging, unless the user chose one.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev/tandem/localcloud/run/logback-tandem-local.xml");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TandemLocal.class);
    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(3);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private LocalAws aws;
    private ServiceHost service;

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        TandemLocal tandem = new TandemLocal();
        Runtime.getRuntime().addShutdownHook(new Thread(tandem::close, "tandem-local-shutdown"));
        try {
            tandem.startAll(options.cloudAssembly(), options.httpPort(), options.adminToken());
        } catch (RuntimeException e) {
            log.error("Tandem did not start: {}", e.getMessage(), e);
            System.exit(1);
        }
        System.out.printf(
                "Tandem is up: %s (admin token: %s%s)%n",
                tandem.serviceUri(),
                options.adminToken(),
                options.generatedToken() ? ", generated; set TANDEM_ADMIN_TOKEN to choose one" : "");
        if (options.demo()) {
            boolean passed = new DemoTour(tandem.serviceUri(), options.adminToken()).run();
            System.exit(passed ? 0 : 1);
        }
        awaitShutdown();
    }

    /**
     * Starts the app of the cloud assembly in {@code cloudAssembly}: emulators, resources,
     * functions, and the service on {@code httpPort} with {@code adminToken}. If anything fails to
     * start, what did start is stopped again.
     */
    public static TandemLocal start(Path cloudAssembly, int httpPort, String adminToken) {
        TandemLocal tandem = new TandemLocal();
        try {
            tandem.startAll(cloudAssembly, httpPort, adminToken);
            return tandem;
        } catch (RuntimeException e) {
            tandem.close();
            throw e;
        }
    }

    /** Where the catalog service answers. */
    public URI serviceUri() {
        return service.baseUri();
    }

    /** The emulators, for callers that look at queues, tables and buckets directly. */
    public LocalAws aws() {
        return aws;
    }

    /** Starts everything, in order; what started is stopped again, in reverse order, by {@link #close()}. */
    private void startAll(Path cloudAssembly, int httpPort, String adminToken) {
        long begin = System.nanoTime();
        aws = remember(LocalAws.start());
        LocalAwsClients clients = remember(LocalAwsClients.connectTo(aws));
        // LocalAws logs its endpoints and start-up time itself.

        FunctionHost functions = remember(
                new FunctionHost(FunctionHostSettings.of(aws.settings().region().id(), aws.environment())));
        aws.eventBridge()
                .registerTarget(new LambdaEventTarget(
                        functions,
                        AsyncInvokeConfig.DEFAULTS,
                        failure -> log.error("asynchronous invocation failed for good: {}", failure)));

        CloudAssembly assembly = CloudAssembly.read(cloudAssembly);
        LocalDeployment deployment = LocalDeployment.deploy(
                assembly,
                new AwsClients(
                        aws.settings().region().id(),
                        aws.settings().accountId(),
                        clients.s3(),
                        clients.sqs(),
                        clients.dynamoDb(),
                        clients.eventBridge()),
                functions);
        log.info("deployed {} stacks from {}", assembly.stacks().size(), cloudAssembly);
        deployment.report().summary().lines().forEach(line -> log.info("  {}", line));
        // The function host logs each init time; a failed init is reported there with its stack trace.
        deployment.functionInits().values().forEach(CompletableFuture::join);

        ServiceDefinition definition = deployment.services().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the templates declare no service to run"));
        Map<String, String> additions = new HashMap<>(aws.environment());
        additions.put("TANDEM_ADMIN_TOKEN", adminToken);
        service = remember(ServiceHost.start(definition, additions, httpPort, SERVICE_READY_TIMEOUT));
        log.info(
                "everything up in {} ms",
                Duration.ofNanos(System.nanoTime() - begin).toMillis());
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("stopping {} failed: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private static void awaitShutdown() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
