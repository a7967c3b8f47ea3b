package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.service.ServiceDefinition;
import java.util.List;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * A cloud assembly deployed through AWS's own APIs only, into an emulator that runs Lambda functions itself: Floci
 * or LocalStack in Docker, or local-cloud with its {@code LambdaApi}. Buckets, tables, queues, the bus and its
 * rules are created as {@link LocalDeployment} creates them; each Java function is created from its asset jar with
 * {@code lambda:CreateFunction}, with its version, alias and SQS event source mapping, and the emulator runs it. The
 * service is found, ready to run on this machine against the same endpoint.
 */
public final class EmulatorDeployment {

    private final DeploymentReport report;
    private final List<ServiceDefinition> services;

    private EmulatorDeployment(DeploymentReport report, List<ServiceDefinition> services) {
        this.report = report;
        this.services = services;
    }

    /**
     * Deploys every stack of {@code assembly}; returns once every function is Active.
     *
     * @param lambda a client of the emulator's Lambda API
     */
    public static EmulatorDeployment deploy(CloudAssembly assembly, AwsClients aws, LambdaClient lambda) {
        ServiceProvisioner service = new ServiceProvisioner(assembly);
        StackDeployer deployer = new StackDeployer(
                List.of(
                        new BucketProvisioner(aws.s3(), aws.region()),
                        new TableProvisioner(aws.dynamoDb(), aws.region(), aws.accountId()),
                        new QueueProvisioner(aws.sqs()),
                        new EventBridgeProvisioner(aws.events(), aws.region(), aws.accountId()),
                        new LambdaApiProvisioner(assembly, lambda, aws.accountId()),
                        service),
                aws.region(),
                aws.accountId());
        return new EmulatorDeployment(deployer.deploy(assembly), service.services());
    }

    public DeploymentReport report() {
        return report;
    }

    /** The services the template runs on EC2: Tandem has one, the catalog service. */
    public List<ServiceDefinition> services() {
        return services;
    }
}
