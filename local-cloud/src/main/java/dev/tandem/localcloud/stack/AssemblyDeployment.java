package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.service.ServiceDefinition;
import dev.tandem.localcloud.stack.provision.BucketProvisioner;
import dev.tandem.localcloud.stack.provision.EventBridgeProvisioner;
import dev.tandem.localcloud.stack.provision.FunctionProvisioner;
import dev.tandem.localcloud.stack.provision.IamProvisioner;
import dev.tandem.localcloud.stack.provision.NamingProvisioner;
import dev.tandem.localcloud.stack.provision.QueueProvisioner;
import dev.tandem.localcloud.stack.provision.ServiceProvisioner;
import dev.tandem.localcloud.stack.provision.TableProvisioner;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import java.util.List;

/**
 * A cloud assembly deployed through AWS's own APIs, the way CloudFormation would deploy it, into local-cloud or into
 * an emulator in Docker (Floci, LocalStack): the same calls either way. Buckets, tables, queues, the bus and its
 * rules are created with their settings; each Java function is created from its asset jar with
 * {@code lambda:CreateFunction}, with its version, alias and SQS event source mapping, and whoever answers the
 * Lambda API runs it. The service is found, ready to run on this machine against the same endpoints.
 */
public final class AssemblyDeployment {

    private final DeploymentReport report;
    private final List<ServiceDefinition> services;
    private final PolicyStore policies;

    private AssemblyDeployment(DeploymentReport report, List<ServiceDefinition> services, PolicyStore policies) {
        this.report = report;
        this.services = services;
        this.policies = policies;
    }

    /** Deploys every stack of {@code assembly}; returns once every function is Active. */
    public static AssemblyDeployment deploy(CloudAssembly assembly, AwsClients aws) {
        PolicyStore policies = new PolicyStore();
        ServiceProvisioner service = new ServiceProvisioner(assembly, policies);
        StackDeployer deployer = new StackDeployer(
                List.of(
                        new IamProvisioner(policies, aws.region(), aws.accountId()),
                        new BucketProvisioner(aws.s3(), aws.region()),
                        new TableProvisioner(aws.dynamoDb(), aws.region(), aws.accountId()),
                        new QueueProvisioner(aws.sqs()),
                        new EventBridgeProvisioner(aws.events(), aws.region(), aws.accountId()),
                        new FunctionProvisioner(assembly, aws.lambda(), policies),
                        service),
                aws.region(),
                aws.accountId());
        return new AssemblyDeployment(deployer.deploy(assembly), service.services(), policies);
    }

    /**
     * The template's IAM alone, read without deploying anything: each role and resource policy with every name
     * resolved as a deployment onto local-cloud would resolve it, and whom each function and the instances run as.
     * For checking a template's permissions without running it.
     */
    public static PolicyStore policies(CloudAssembly assembly, String region, String accountId) {
        PolicyStore policies = new PolicyStore();
        new StackDeployer(
                        List.of(
                                new IamProvisioner(policies, region, accountId),
                                new NamingProvisioner(region, accountId, policies),
                                new ServiceProvisioner(assembly, policies)),
                        region,
                        accountId)
                .deploy(assembly);
        return policies;
    }

    public DeploymentReport report() {
        return report;
    }

    /**
     * The template's roles and resource policies, and whom each function and the instances run as: what local-cloud's
     * IAM enforces. Deployed into an emulator in Docker, nobody reads it.
     */
    public PolicyStore policies() {
        return policies;
    }

    /** The services the template runs on EC2: Tandem has one, the catalog service. */
    public List<ServiceDefinition> services() {
        return services;
    }
}
