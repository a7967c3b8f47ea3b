package dev.tandem.localcloud.run;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.edge.Edge;
import dev.tandem.localcloud.faults.FaultControlHandler;
import dev.tandem.localcloud.faults.FaultPlan;
import dev.tandem.localcloud.iam.IamAuthorizer;
import dev.tandem.localcloud.iam.IamMode;
import dev.tandem.localcloud.iam.IamReport;
import dev.tandem.localcloud.iam.QueuePolicyUpdates;
import dev.tandem.localcloud.iam.operations.OperationTable;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.iam.policy.Principal;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.api.LambdaApi;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.environment.FunctionLogFiles;
import dev.tandem.localcloud.trail.CallTrail;
import dev.tandem.localcloud.trail.LiveTrail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What local-cloud adds around its emulators to run the template as AWS would: the edge's operation table, faults
 * on demand ({@code /_tandem/faults}), the call trail, the function host with the Lambda API in front of it (each
 * function under its execution role), and, once the template's policies are deployed, IAM. Closing it writes the IAM
 * report beside the trail and stops the functions.
 */
final class LocalCloudRun implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalCloudRun.class);

    private final LocalAws aws;
    private final Path directory;
    private final RoleSessions roles;
    private final Deque<AutoCloseable> started;
    private IamReport report;

    private LocalCloudRun(LocalAws aws, Path directory, RoleSessions roles, Deque<AutoCloseable> started) {
        this.aws = aws;
        this.directory = directory;
        this.roles = roles;
        this.started = started;
    }

    static LocalCloudRun start(LocalAws aws, LocalCloudOptions options) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            String region = aws.settings().region().id();
            String account = aws.settings().accountId();
            Edge edge = aws.edge();
            Files.createDirectories(options.runDirectory());
            edge.resolver(new OperationTable(region, account));

            FaultPlan faults = options.faultsFile().isPresent()
                    ? FaultPlan.load(options.faultsFile().get())
                    : new FaultPlan();
            edge.faults(faults);
            edge.control(FaultControlHandler.PATH, new FaultControlHandler(faults));

            CallTrail trail = push(started, CallTrail.in(options.runDirectory()));
            edge.addListener(trail);
            if (options.liveTrail()) {
                edge.addListener(new LiveTrail(System.out));
            }
            log.info("the call trail goes to {}", trail.file());

            RoleSessions roles = push(
                    started,
                    new RoleSessions(
                            edge.accessKeys(), edge.endpoint(), aws.settings().region()));
            Map<String, String> functionEnvironment = new HashMap<>(aws.environment());
            functionEnvironment.putAll(ChildLogs.environment(System.getenv()));
            FunctionHost functions =
                    push(started, new FunctionHost(FunctionHostSettings.of(region, functionEnvironment)));
            functions.onReport(FunctionLogFiles.forNewRun(options.runDirectory().resolve("logs")));
            edge.crashHandler(principal -> crash(functions, principal));
            LambdaApi lambda = push(started, LambdaApi.start(functions, roles, region, account));
            edge.route("lambda", lambda.endpoint());
            return new LocalCloudRun(aws, options.runDirectory(), roles, started);
        } catch (IOException e) {
            closeAll(started);
            throw new UncheckedIOException("cannot set up local-cloud's run in " + options.runDirectory(), e);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /**
     * From now on every call is authorized against the template's policies, as {@code mode} says, and counted for
     * the IAM report.
     */
    void enforce(PolicyStore policies, IamMode mode) {
        aws.edge()
                .authorizer(new QueuePolicyUpdates(
                        new IamAuthorizer(policies, aws.settings().accountId(), mode), policies));
        report = new IamReport(policies);
        aws.edge().addListener(report);
        log.info(
                "IAM: {} the template's policies",
                switch (mode) {
                    case ENFORCE -> "enforcing";
                    case WARN -> "warning of calls refused by";
                    case OFF -> "not checking";
                });
    }

    RoleSessions roles() {
        return roles;
    }

    Path directory() {
        return directory;
    }

    /** A fault crashed a caller: if it is a function's session, its JVMs in the middle of an invocation die. */
    private static void crash(FunctionHost functions, Principal caller) {
        if (functions.functionNames().contains(caller.name())) {
            int killed = functions.crashRunningInvocations(caller.name());
            log.warn("Fault: killed {} running JVM(s) of {}", killed, caller.name());
        } else {
            log.warn("Fault: {} is no function's session; nothing to crash", caller.name());
        }
    }

    @Override
    public void close() {
        if (report != null) {
            try {
                Files.writeString(directory.resolve("iam-report.txt"), report.text());
                Files.writeString(directory.resolve("iam-report.json"), report.json());
                log.info(
                        "IAM report of this run ({}):{}{}",
                        directory.resolve("iam-report.txt"),
                        System.lineSeparator(),
                        report.text());
            } catch (IOException e) {
                log.warn("could not write the IAM report to {}: {}", directory, e.toString());
            }
        }
        closeAll(started);
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> started, T resource) {
        started.push(resource);
        return resource;
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("stopping {} failed: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
