package dev.tandem.localcloud.run;

import dev.tandem.lab.DecisionLab;
import dev.tandem.lab.LabResults;
import dev.tandem.lab.LabSettings;
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
 *
 * <p>Unless {@code --empty} is given, an empty shop is seeded with products, images and paid orders ({@link
 * ShopSeed}) before the banner says that Tandem is up.
 */
public final class TandemLocal implements AutoCloseable {

    static {
        // Before the first logger exists: the launcher's own logging, unless the user chose one.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev/tandem/localcloud/run/logback-tandem-local.xml");
        }
        if (ChildLogs.colour(System.getenv(), ChildLogs.isTerminal())) {
            System.setProperty("tandem.log.level", "%highlight(%-5level)");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TandemLocal.class);
    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(3);

    /** The lab's time budget: its phases take about three minutes with it, the whole command under five. */
    private static final Duration LAB_BUDGET = Duration.ofSeconds(200);

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
        if (options.seed()) {
            seedShop(tandem.serviceUri(), options.adminToken());
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
        if (options.lab()) {
            System.exit(runLab(
                    tandem.serviceUri(), options.adminToken(), options.local().runDirectory()));
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
        additions.put("TANDEM_LAB_REPORT_FILE", labReport(local.runDirectory()).toString());
        additions.putAll(ChildLogs.environment(System.getenv()));
        // A local shop's few orders should show in its recommendations within seconds, not the hour AWS waits.
        additions.put("TANDEM_RECOMMENDATIONS_CHECK_INTERVAL", "3s");
        additions.put("TANDEM_RECOMMENDATIONS_REBUILD_AFTER_ORDERS", "3");
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

    /**
     * Runs the decision lab against the shop that just started, through its public API only, and says where its report
     * is: a file of its own, and {@code /lab.html} on the next start (the service reads the file at every request).
     * Exits 0 when the lab's performance targets were all met.
     */
    private static int runLab(URI serviceUri, String adminToken, Path runDirectory) {
        try {
            LabResults results =
                    DecisionLab.run(new LabSettings(serviceUri, adminToken, runDirectory, LAB_BUDGET), System.out);
            System.out.printf(
                    "The lab's report: %s (and %slab.html while Tandem runs)%n",
                    labReport(runDirectory).toUri(), serviceUri);
            return results.targets().stream().allMatch(LabResults.Target::pass) ? 0 : 1;
        } catch (Exception e) {
            log.error("The decision lab did not finish: {}", e.getMessage(), e);
            return 1;
        }
    }

    /** Where the decision lab writes its report, which the service serves at {@code /lab.html}. */
    static Path labReport(Path runDirectory) {
        return runDirectory.resolve("lab").resolve("report.html").toAbsolutePath();
    }

    /**
     * Fills an empty shop before the banner, so that the storefront has products, images and orders the moment it
     * prints. A seed that fails leaves a running app with a shop as the seed left it, which is worth more than no app.
     */
    private static void seedShop(URI serviceUri, String adminToken) {
        try {
            new ShopSeed(serviceUri, adminToken).seedIfEmpty(System.out);
        } catch (RuntimeException e) {
            System.out.println("Seeding the shop did not finish: " + e.getMessage());
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
