package dev.tandem.infra;

import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CfnAutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.RollingUpdateOptions;
import software.amazon.awscdk.services.autoscaling.UpdatePolicy;
import software.amazon.awscdk.services.ec2.AmazonLinux2023ImageSsmParameterProps;
import software.amazon.awscdk.services.ec2.AmazonLinuxCpuType;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The EC2 half: the catalog and order service on an Auto Scaling group of Graviton instances in
 * isolated private subnets, behind an internet-facing Application Load Balancer. No key pair and no
 * SSH: operators use SSM Session Manager. IMDSv2 is required and volumes are encrypted.
 */
final class BackendStack extends Stack {

    /**
     * Key of the metadata entry on the Auto Scaling group that lists the service's environment,
     * the same variables the user data writes. local-cloud reads it, and the jar entry below, to
     * start the service locally exactly as an instance would.
     */
    static final String SERVICE_ENVIRONMENT_METADATA = "Tandem::ServiceEnvironment";

    /** Key of the metadata entry that names the service jar's asset by its S3 object key. */
    static final String SERVICE_JAR_METADATA = "Tandem::ServiceJarObjectKey";

    /** What the service uses, created by the other stacks. */
    record Resources(IVpc vpc, ServiceResources service) {}

    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationTargetGroup targetGroup;
    private final AutoScalingGroup instances;

    BackendStack(Construct scope, String id, StackProps props, TandemConfig config, Resources resources) {
        super(scope, id, props);
        Secret adminToken = Secret.Builder.create(this, "AdminToken")
                .secretName(config.name("admin-token"))
                .description("Bearer token for Tandem's admin endpoints")
                .generateSecretString(SecretStringGenerator.builder()
                        .excludePunctuation(true)
                        .passwordLength(40)
                        .build())
                .build();
        Asset serviceJar = Asset.Builder.create(this, "ServiceJar")
                .path(config.serviceJar().toString())
                .build();

        Role role = Role.Builder.create(this, "InstanceRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .description("Runs the Tandem service on EC2")
                .build();
        serviceJar.grantRead(role);
        Suppressions.suppressFindings(
                role,
                "AwsSolutions-IAM5",
                "Read access to the service jar, a CDK asset in the bootstrap bucket: the instance downloads it at boot.",
                "Action::s3:GetBucket\\*",
                "Action::s3:GetObject\\*",
                "Action::s3:List\\*",
                "Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/\\*");
        Suppressions.suppressFindings(
                role,
                "AwsSolutions-IAM5",
                "Presigned URLs act with the signer's rights: PUT under uploads/ and GET under renditions/ only, and"
                        + " queries on the service's own table indexes.",
                Suppressions.resourceArn("Media", "/uploads/\\*"),
                Suppressions.resourceArn("Media", "/renditions/\\*"),
                Suppressions.resourceArn("Tables", "/index/\\*"));
        adminToken.grantRead(role);
        resources.service().grantTo(role);
        Suppressions.suppressFindings(
                role,
                "AwsSolutions-IAM5",
                "cloudwatch:PutMetricData has no resource-level permissions, so its statement names Resource *;"
                        + " a cloudwatch:namespace condition limits it to the service's own namespace.",
                "Resource::\\*");

        SecurityGroup instanceSecurityGroup = SecurityGroup.Builder.create(this, "InstanceSecurityGroup")
                .vpc(resources.vpc())
                .description("Tandem service instances: HTTP from the load balancer only")
                // There is no NAT gateway: outbound traffic can only reach the VPC endpoints.
                .allowAllOutbound(true)
                .build();
        LaunchTemplate launchTemplate = LaunchTemplate.Builder.create(this, "LaunchTemplate")
                .machineImage(MachineImage.latestAmazonLinux2023(AmazonLinux2023ImageSsmParameterProps.builder()
                        .cpuType(AmazonLinuxCpuType.ARM_64)
                        .build()))
                .instanceType(InstanceType.of(InstanceClass.T4G, InstanceSize.SMALL))
                .role(role)
                .securityGroup(instanceSecurityGroup)
                .requireImdsv2(true)
                .blockDevices(List.of(BlockDevice.builder()
                        .deviceName("/dev/xvda")
                        .volume(BlockDeviceVolume.ebs(
                                8,
                                EbsDeviceOptions.builder()
                                        .encrypted(true)
                                        .volumeType(EbsDeviceVolumeType.GP3)
                                        .build()))
                        .build()))
                .userData(ServiceUserData.create(
                        serviceJar, adminToken, resources.service().environment()))
                .build();
        instances = AutoScalingGroup.Builder.create(this, "Instances")
                .vpc(resources.vpc())
                .vpcSubnets(SubnetSelection.builder()
                        .subnetType(SubnetType.PRIVATE_ISOLATED)
                        .build())
                .launchTemplate(launchTemplate)
                .minCapacity(1)
                .maxCapacity(2)
                .ssmSessionPermissions(true)
                .updatePolicy(UpdatePolicy.rollingUpdate(RollingUpdateOptions.builder()
                        .minInstancesInService(1)
                        .maxBatchSize(1)
                        .build()))
                .build();
        Suppressions.suppressFindings(
                role,
                "AwsSolutions-IAM4",
                "Session Manager access instead of SSH; AWS maintains this policy as SSM's agent evolves.",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore");
        Suppressions.suppress(
                instances,
                "AwsSolutions-AS3",
                "Scaling activity is in the group's activity history and on the dashboard; a sandbox has nobody"
                        + " subscribed to a notification topic.");
        CfnAutoScalingGroup group = (CfnAutoScalingGroup) instances.getNode().getDefaultChild();
        group.addMetadata(SERVICE_ENVIRONMENT_METADATA, resources.service().environment());
        group.addMetadata(SERVICE_JAR_METADATA, serviceJar.getS3ObjectKey());

        loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(resources.vpc())
                .internetFacing(true)
                .dropInvalidHeaderFields(true)
                .build();
        targetGroup = loadBalancer
                .addListener(
                        "Http",
                        BaseApplicationListenerProps.builder()
                                .port(80)
                                .open(true)
                                .build())
                .addTargets(
                        "Service",
                        AddApplicationTargetsProps.builder()
                                .port(Integer.parseInt(ServiceUserData.SERVICE_PORT))
                                .protocol(ApplicationProtocol.HTTP)
                                .targets(List.of(instances))
                                .deregistrationDelay(Duration.seconds(30))
                                .healthCheck(HealthCheck.builder()
                                        .path("/actuator/health/readiness")
                                        .healthyThresholdCount(2)
                                        .interval(Duration.seconds(15))
                                        .build())
                                .build());

        Suppressions.suppress(
                loadBalancer,
                "AwsSolutions-EC23",
                "The load balancer is the shop's public entry point: HTTP from anywhere is its purpose.");
        Suppressions.suppress(
                loadBalancer,
                "AwsSolutions-ELB2",
                "The stacks are environment-agnostic so that they synthesize offline, and ALB access logs need the"
                        + " region at synthesis; request metrics are on the dashboard.");
        Suppressions.suppress(
                adminToken,
                "AwsSolutions-SMG4",
                "A per-deployment demo token with no external system to rotate it in; redeploying the stack replaces"
                        + " it.");
        CfnOutput.Builder.create(this, "ServiceUrl")
                .description("Tandem's URL")
                .value("http://" + loadBalancer.getLoadBalancerDnsName())
                .build();
        CfnOutput.Builder.create(this, "AdminTokenSecret")
                .description(
                        "Read it with: aws secretsmanager get-secret-value --secret-id <this> --query SecretString")
                .value(adminToken.getSecretName())
                .build();
    }

    ApplicationLoadBalancer loadBalancer() {
        return loadBalancer;
    }

    ApplicationTargetGroup targetGroup() {
        return targetGroup;
    }

    AutoScalingGroup instances() {
        return instances;
    }
}
