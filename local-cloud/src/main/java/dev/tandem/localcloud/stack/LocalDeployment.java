package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.service.ServiceDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A cloud assembly deployed onto local AWS: its buckets, tables, queues, bus and rules created, its
 * Java functions started on the function host with their event source mappings, and its service
 * found, ready to run.
 */
public final class LocalDeployment {

    private final DeploymentReport report;
    private final List<ServiceDefinition> services;
    private final Map<String, CompletableFuture<Duration>> functionInits;

    private LocalDeployment(
            DeploymentReport report,
            List<ServiceDefinition> services,
            Map<String, CompletableFuture<Duration>> functionInits) {
        this.report = report;
        this.services = services;
        this.functionInits = functionInits;
    }

    /** Deploys every stack of {@code assembly}; functions start in the background. */
    public static LocalDeployment deploy(CloudAssembly assembly, AwsClients aws, FunctionHost functions) {
        ServiceProvisioner service = new ServiceProvisioner(assembly);
        FunctionProvisioner function =
                new FunctionProvisioner(assembly, functions, aws.sqs(), aws.region(), aws.accountId());
        StackDeployer deployer = new StackDeployer(
                List.of(
                        new BucketProvisioner(aws.s3(), aws.region()),
                        new TableProvisioner(aws.dynamoDb(), aws.region(), aws.accountId()),
                        new QueueProvisioner(aws.sqs()),
                        new EventBridgeProvisioner(aws.events(), aws.region(), aws.accountId()),
                        function,
                        service),
                aws.region(),
                aws.accountId());
        DeploymentReport report = deployer.deploy(assembly);
        return new LocalDeployment(report, service.services(), function.started());
    }

    public DeploymentReport report() {
        return report;
    }

    /** The services the template runs on EC2: Tandem has one, the catalog service. */
    public List<ServiceDefinition> services() {
        return services;
    }

    /** Each function's init, completing with its init time or failing with its init error. */
    public Map<String, CompletableFuture<Duration>> functionInits() {
        return functionInits;
    }
}
