package dev.tandem.localcloud.run;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.LocalAwsSettings;
import dev.tandem.localcloud.service.ServiceDefinition;
import dev.tandem.localcloud.service.ServiceHost;
import dev.tandem.localcloud.stack.AssemblyDeployment;
import dev.tandem.localcloud.stack.AwsClients;
import dev.tandem.localcloud.stack.AwsEndpoints;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole synthesized Tandem app on this machine: the emulators behind one endpoint (the edge, on port 4566
 * unless {@code TANDEM_LOCAL_PORT} says otherwise), every resource of the templates in {@code infra/cdk.out}, each
 * Lambda function in its own JVM and the catalog service as a child process. Ctrl-C stops everything.
 *
 * <p>With {@code --emulator URL} it deploys the same templates into an AWS emulator instead (Floci or LocalStack,
 * started with {@code docker compose up}), which then runs the functions in containers of its own; only the
 * service runs here.
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
    private AwsEndpoints endpoints;
    private LocalCloudRun localCloud;
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
            tandem.startAll(
                    options.emulator(),
                    options.cloudAssembly(),
                    options.local(),
                    options.httpPort(),
                    options.adminToken());
        } catch (RuntimeException e) {
            log.error("Tandem did not start: {}", e.getMessage(), e);
            System.exit(1);
        }
        System.out.printf(
                "Tandem is up: %s (admin token: %s%s)%n",
                tandem.serviceUri(),
                options.adminToken(),
                options.generatedToken() ? ", generated; set TANDEM_ADMIN_TOKEN to choose one" : "");
        System.out.printf("export AWS_ENDPOINT_URL=%s%n", tandem.endpoints().endpoint());
        if (options.demo()) {
            boolean passed = new DemoTour(tandem.serviceUri(), options.adminToken()).run();
            System.exit(passed ? 0 : 1);
        }
        awaitShutdown();
    }

    /**
     * Starts the app of the cloud assembly in {@code cloudAssembly}: emulators behind an edge on a free port,
     * resources, functions, and the service on {@code httpPort} with {@code adminToken}. If anything fails to start,
     * what did start is stopped again.
     */
    public static TandemLocal start(Path cloudAssembly, int httpPort, String adminToken) {
        return start(cloudAssembly, LocalCloudOptions.forTests(), httpPort, adminToken);
    }

    /** Like {@link #start(Path, int, String)}, with local-cloud run as {@code local} says. */
    public static TandemLocal start(Path cloudAssembly, LocalCloudOptions local, int httpPort, String adminToken) {
        return start(Optional.empty(), cloudAssembly, local, httpPort, adminToken);
    }

    /** Like {@link #start(Path, int, String)}, but deploys into the emulator at {@code emulator}. */
    public static TandemLocal startOn(AwsEndpoints emulator, Path cloudAssembly, int httpPort, String adminToken) {
        return start(Optional.of(emulator), cloudAssembly, LocalCloudOptions.forTests(), httpPort, adminToken);
    }

    private static TandemLocal start(
            Optional<AwsEndpoints> emulator,
            Path cloudAssembly,
            LocalCloudOptions local,
            int httpPort,
            String adminToken) {
        TandemLocal tandem = new TandemLocal();
        try {
            tandem.startAll(emulator, cloudAssembly, local, httpPort, adminToken);
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

    /** Where the AWS the app runs on answers, for callers that look at queues, tables and buckets directly. */
    public AwsEndpoints endpoints() {
        return endpoints;
    }

    /**
     * Starts everything, in order; what started is stopped again, in reverse order, by {@link #close()}. The
     * template is deployed through AWS's own APIs, the same calls whether local-cloud or an emulator answers them.
     */
    private void startAll(
            Optional<AwsEndpoints> emulator,
            Path cloudAssembly,
            LocalCloudOptions local,
            int httpPort,
            String adminToken) {
        long begin = System.nanoTime();
        endpoints = emulator.orElseGet(() -> startLocalCloud(local));
        AwsClients clients = remember(AwsClients.connect(endpoints));

        CloudAssembly assembly = CloudAssembly.read(cloudAssembly);
        AssemblyDeployment deployment = AssemblyDeployment.deploy(assembly, clients);
        log.info(
                "deployed {} stacks from {} into {}",
                assembly.stacks().size(),
                cloudAssembly,
                emulator.map(e -> "the emulator at " + e.endpoint()).orElse("local-cloud"));
        if (deployment.report().existing() > 0) {
            log.info(
                    "reused {} existing resources and brought {} to the template's state",
                    deployment.report().existing(),
                    deployment.report().brought());
        }
        deployment.report().summary().lines().forEach(line -> log.info("  {}", line));
        if (localCloud != null) {
            localCloud.enforce(deployment.policies(), local.iam());
        }

        ServiceDefinition definition = deployment.services().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the templates declare no service to run"));
        Map<String, String> additions = new HashMap<>(endpoints.environment());
        if (localCloud != null) {
            // The service calls AWS as the instances' role, as the instance profile makes it on EC2.
            definition
                    .roleArn()
                    .ifPresent(role ->
                            additions.putAll(localCloud.roles().credentials(role, RoleSessions.INSTANCE_SESSION)));
        }
        additions.put("TANDEM_ADMIN_TOKEN", adminToken);
        service = remember(ServiceHost.start(definition, additions, httpPort, SERVICE_READY_TIMEOUT));
        log.info(
                "everything up in {} ms",
                Duration.ofNanos(System.nanoTime() - begin).toMillis());
    }

    /**
     * Starts local-cloud's emulators behind the edge, with the operation table, the faults, the call trail and the
     * function host that runs each function in JVMs of its own under its execution role; IAM is switched on once the
     * template's policies are deployed.
     */
    private AwsEndpoints startLocalCloud(LocalCloudOptions options) {
        LocalAws aws = remember(LocalAws.start(LocalAwsSettings.defaults().withEdgePort(options.edgePort())));
        // LocalAws logs its endpoint and start-up time itself.
        localCloud = remember(LocalCloudRun.start(aws, options));
        return AwsEndpoints.of(aws);
    }

    /** The directory that holds this run's call trail and, once it stops, its IAM report; empty on an emulator. */
    public Optional<Path> runDirectory() {
        return Optional.ofNullable(localCloud).map(LocalCloudRun::directory);
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
