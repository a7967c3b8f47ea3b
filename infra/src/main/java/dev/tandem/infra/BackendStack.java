package dev.tandem.infra;

import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthCheckType;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthChecksOptions;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CfnAutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.autoscaling.HealthChecks;
import software.amazon.awscdk.services.autoscaling.RollingUpdateOptions;
import software.amazon.awscdk.services.autoscaling.Signals;
import software.amazon.awscdk.services.autoscaling.SignalsOptions;
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
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationActionProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancerRedirectConfig;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
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
 *
 * <p>CloudFormation waits for each new instance to signal that the service is ready (see {@link
 * ServiceUserData}) on create and on every rolling update. The load balancer serves HTTPS when the
 * context names a certificate (plain HTTP, with a warning in the outputs, when not), and forwards
 * only the service's public paths.
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

    /**
     * The paths the load balancer forwards to the service, by listener rule: the REST API, the two
     * pages and their assets (ec2-backend's {@code static/}), the OpenAPI description and Swagger UI
     * (the API's documentation, public like the API), and the readiness check (which the README's
     * first curl and the rehearsal workflow call through the load balancer).
     */
    static final List<List<String>> PUBLIC_PATHS = List.of(
            List.of("/api/*", "/", "/index.html", "/admin.html", "/css/*"),
            List.of("/js/*", "/v3/api-docs*", "/swagger-ui*", ServiceUserData.READINESS_PATH));

    static final String HTTP_ONLY_WARNING = "WARNING: plain HTTP. The admin token and every request cross the"
            + " internet unencrypted; fine for a throwaway sandbox, nowhere else. Redeploy with"
            + " -c certificateArn=<ACM certificate ARN> for HTTPS.";

    /** How long an instance may take from launch to a ready service: installing Java is most of it. */
    private static final Duration BOOT_TIME = Duration.minutes(10);

    private static final ListenerAction NOT_FOUND = ListenerAction.fixedResponse(
            404,
            FixedResponseOptions.builder()
                    .contentType("text/plain")
                    .messageBody("Not found")
                    .build());

    /** What the service uses, created by the other stacks. */
    record Resources(IVpc vpc, ServiceResources service) {}

    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationTargetGroup targetGroup;
    /** The fleet's average CPU that the Auto Scaling group keeps instances at, by adding or removing one. */
    static final int CPU_TARGET_PERCENT = 60;

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
        // The jar's own object, not the whole bootstrap bucket (which Asset.grantRead would give):
        // the bucket holds every asset of every CDK app in the account and region.
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject"))
                .resources(List.of(serviceJar.getBucket().arnForObjects(serviceJar.getS3ObjectKey())))
                .build());
        Suppressions.suppressFindings(
                role,
                "AwsSolutions-IAM5",
                "Presigned URLs act with the signer's rights: PUT under uploads/ and GET under renditions/ only;"
                        + " the recommendation model's snapshots under models/recommendations/ only; and queries on"
                        + " the service's own table indexes.",
                Suppressions.resourceArn("Media", "/uploads/\\*"),
                Suppressions.resourceArn("Media", "/renditions/\\*"),
                Suppressions.resourceArn("Media", "/models/recommendations/\\*"),
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
        UserData userData = UserData.forLinux();
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
                .userData(userData)
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
                // The load balancer's readiness check, not only the instance's status, decides
                // whether an instance is healthy; the grace period covers the boot script.
                .healthChecks(HealthChecks.withAdditionalChecks(AdditionalHealthChecksOptions.builder()
                        .additionalTypes(List.of(AdditionalHealthCheckType.ELB))
                        .gracePeriod(BOOT_TIME)
                        .build()))
                // CloudFormation waits for each new instance to report that the service answers
                // (cfn-signal, from the boot script), on create and on every rolling update, and
                // rolls back instead of reporting success with a broken instance.
                .signals(Signals.waitForAll(
                        SignalsOptions.builder().timeout(BOOT_TIME).build()))
                .updatePolicy(UpdatePolicy.rollingUpdate(RollingUpdateOptions.builder()
                        .minInstancesInService(1)
                        .maxBatchSize(1)
                        .waitOnResourceSignals(true)
                        .pauseTime(BOOT_TIME)
                        .build()))
                .build();
        // Planned scaling, the EC2 half's answer to a busier day: a second instance when the fleet's
        // average CPU stays above 60%, back to one when it falls. A booting instance is counted only
        // once it could serve (about five minutes: Java, the jar, the readiness check), so one slow
        // boot does not start a third. The Lambda half scales with its queues instead (FunctionSpec).
        instances.scaleOnCpuUtilization(
                "ScaleOnCpu",
                CpuUtilizationScalingProps.builder()
                        .targetUtilizationPercent(CPU_TARGET_PERCENT)
                        .estimatedInstanceWarmup(Duration.minutes(5))
                        .build());
        Suppressions.suppressFindings(
                role,
                "AwsSolutions-IAM4",
                "Session Manager access instead of SSH; AWS maintains this policy as SSM's agent evolves.",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore");
        Suppressions.suppress(
                instances,
                "AwsSolutions-AS3",
                "Scaling activity is in the group's activity history; what matters to an operator, an instance that"
                        + " fails its readiness check, raises the unhealthy-hosts alarm on the alarm topic.");
        CfnAutoScalingGroup group = (CfnAutoScalingGroup) instances.getNode().getDefaultChild();
        ServiceUserData.addTo(
                userData, serviceJar, adminToken, resources.service().environment(), group);
        group.addMetadata(SERVICE_ENVIRONMENT_METADATA, resources.service().environment());
        group.addMetadata(SERVICE_JAR_METADATA, serviceJar.getS3ObjectKey());

        loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(resources.vpc())
                .internetFacing(true)
                .dropInvalidHeaderFields(true)
                .build();
        targetGroup = ApplicationTargetGroup.Builder.create(this, "Service")
                .vpc(resources.vpc())
                .port(Integer.parseInt(ServiceUserData.SERVICE_PORT))
                .protocol(ApplicationProtocol.HTTP)
                .targets(List.of(instances))
                .deregistrationDelay(Duration.seconds(30))
                .healthCheck(HealthCheck.builder()
                        .path(ServiceUserData.READINESS_PATH)
                        .healthyThresholdCount(2)
                        .interval(Duration.seconds(15))
                        .build())
                .build();
        ApplicationListener listener = config.certificateArn()
                .map(certificateArn -> httpsListener(certificateArn))
                .orElseGet(() -> loadBalancer.addListener(
                        "Http",
                        BaseApplicationListenerProps.builder()
                                .port(80)
                                .open(true)
                                .defaultAction(NOT_FOUND)
                                .build()));
        forwardServicePaths(listener);

        Suppressions.suppress(
                loadBalancer,
                "AwsSolutions-EC23",
                "The load balancer is the shop's public entry point: HTTP(S) from anywhere is its purpose.");
        Suppressions.suppress(
                loadBalancer,
                "AwsSolutions-ELB2",
                "No access logs in the sandbox: a log bucket that deliveries still reach while cdk destroy empties it"
                        + " cannot be deleted (aws-cdk#21776), as for the media bucket's access logs; request counts,"
                        + " 5xx and unhealthy hosts are on the dashboard and alarmed.");
        Suppressions.suppress(
                adminToken,
                "AwsSolutions-SMG4",
                "A per-deployment demo token with no external system to rotate it in; redeploying the stack replaces"
                        + " it.");
        String host = config.serviceDomain().orElse(loadBalancer.getLoadBalancerDnsName());
        CfnOutput.Builder.create(this, "ServiceUrl")
                .description("Tandem's URL")
                .value((config.certificateArn().isPresent() ? "https://" : "http://") + host)
                .build();
        CfnOutput.Builder.create(this, "LoadBalancerDnsName")
                .description("Point your DNS record (the certificate's name) here when you gave a certificate")
                .value(loadBalancer.getLoadBalancerDnsName())
                .build();
        if (config.certificateArn().isEmpty()) {
            CfnOutput.Builder.create(this, "Warning")
                    .description("No certificateArn in context: the load balancer serves plain HTTP")
                    .value(HTTP_ONLY_WARNING)
                    .build();
        }
        CfnOutput.Builder.create(this, "AdminTokenSecret")
                .description(
                        "Read it with: aws secretsmanager get-secret-value --secret-id <this> --query SecretString")
                .value(adminToken.getSecretName())
                .build();
    }

    /**
     * HTTPS with the given ACM certificate, and port 80 answering with a redirect to it: the admin
     * token is a bearer token, and must not cross the internet in clear text.
     */
    private ApplicationListener httpsListener(String certificateArn) {
        loadBalancer.addRedirect(ApplicationLoadBalancerRedirectConfig.builder()
                .sourcePort(80)
                .sourceProtocol(ApplicationProtocol.HTTP)
                .targetPort(443)
                .targetProtocol(ApplicationProtocol.HTTPS)
                .build());
        return loadBalancer.addListener(
                "Https",
                BaseApplicationListenerProps.builder()
                        .port(443)
                        .protocol(ApplicationProtocol.HTTPS)
                        .certificates(List.of(ListenerCertificate.fromArn(certificateArn)))
                        .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                        .open(true)
                        .defaultAction(NOT_FOUND)
                        .build());
    }

    /**
     * Forwards what the service serves to the public, and nothing else: the actuator's other
     * endpoints (metrics, environment details) stay inside the VPC, answered 404 by the listener's
     * default action. A rule takes at most five path patterns, hence two rules:
     * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html#path-conditions
     */
    private void forwardServicePaths(ApplicationListener listener) {
        for (int rule = 0; rule < PUBLIC_PATHS.size(); rule++) {
            listener.addAction(
                    "Service" + rule,
                    AddApplicationActionProps.builder()
                            .priority(10 * (rule + 1))
                            .conditions(List.of(ListenerCondition.pathPatterns(PUBLIC_PATHS.get(rule))))
                            .action(ListenerAction.forward(List.of(targetGroup)))
                            .build());
        }
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
