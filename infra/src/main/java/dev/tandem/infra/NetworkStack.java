package dev.tandem.infra;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The VPC: public subnets for the load balancer, isolated private subnets for the instances, and
 * no NAT gateway. Instead of a NAT gateway (about 33 USD a month plus data) the instances reach
 * AWS through VPC endpoints: free gateway endpoints for S3 (which also serves the Amazon Linux
 * package repositories) and DynamoDB, and interface endpoints, in one subnet, for the other services
 * they call.
 * Nothing in the private subnets can reach the internet at all.
 */
final class NetworkStack extends Stack {

    /** The AWS services the instances call, besides S3 and DynamoDB. */
    private static final List<InterfaceVpcEndpointAwsService> INTERFACE_ENDPOINTS = List.of(
            InterfaceVpcEndpointAwsService.SQS,
            InterfaceVpcEndpointAwsService.EVENTBRIDGE,
            InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
            // CloudWatch metrics ("monitoring"): the service publishes the outbox backlog.
            InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING,
            // Session Manager (instead of SSH) needs these three.
            InterfaceVpcEndpointAwsService.SSM,
            InterfaceVpcEndpointAwsService.SSM_MESSAGES,
            InterfaceVpcEndpointAwsService.EC2_MESSAGES,
            // cfn-signal: a new instance tells CloudFormation that the service is ready.
            InterfaceVpcEndpointAwsService.CLOUDFORMATION);

    /** Written out, not derived, so that cdk-nag can check the endpoints' security group rules. */
    static final String CIDR = "10.0.0.0/16";

    private final Vpc vpc;

    NetworkStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr(CIDR))
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder()
                                .name("public")
                                .subnetType(SubnetType.PUBLIC)
                                .cidrMask(24)
                                .build(),
                        SubnetConfiguration.builder()
                                .name("private")
                                .subnetType(SubnetType.PRIVATE_ISOLATED)
                                .cidrMask(24)
                                .build()))
                .gatewayEndpoints(new TreeMap<>(Map.of(
                        "S3",
                                GatewayVpcEndpointOptions.builder()
                                        .service(GatewayVpcEndpointAwsService.S3)
                                        .build(),
                        "DynamoDb",
                                GatewayVpcEndpointOptions.builder()
                                        .service(GatewayVpcEndpointAwsService.DYNAMODB)
                                        .build())))
                // Only what the security groups and network ACLs refused: the question a sandbox's
                // operator asks of a flow log ("why can't the instance reach X?"), at a fraction of
                // the log volume of ALL traffic.
                .flowLogs(new TreeMap<>(Map.of(
                        "RejectedTraffic",
                        FlowLogOptions.builder()
                                .trafficType(FlowLogTrafficType.REJECT)
                                .destination(
                                        FlowLogDestination.toCloudWatchLogs(LogGroup.Builder.create(this, "FlowLogs")
                                                .retention(RetentionDays.ONE_MONTH)
                                                .removalPolicy(RemovalPolicy.DESTROY)
                                                .build()))
                                .build())))
                .build();
        // Interface endpoints bill per hour per subnet (about 7.30 USD a month each): every endpoint
        // sits in the VPC's first isolated subnet, that is in the first of its two AZs, which halves
        // that, at the price of depending on one AZ, a fair trade for a sandbox. The instances may
        // run in either AZ; from the second they reach the endpoints across AZs (0.01 USD per GB),
        // and if the first AZ fails they reach no AWS service until it is back. The load balancer
        // and the Auto Scaling group still span both AZs. Production would put each endpoint in
        // both private subnets.
        SubnetSelection endpointSubnet = SubnetSelection.builder()
                .subnets(List.of(vpc.getIsolatedSubnets().getFirst()))
                .build();
        for (InterfaceVpcEndpointAwsService service : INTERFACE_ENDPOINTS) {
            InterfaceVpcEndpoint endpoint = vpc.addInterfaceEndpoint(
                    service.getShortName(),
                    InterfaceVpcEndpointOptions.builder()
                            .service(service)
                            .subnets(endpointSubnet)
                            .privateDnsEnabled(true)
                            .open(false)
                            .build());
            endpoint.getConnections().allowFrom(Peer.ipv4(CIDR), Port.tcp(443), "HTTPS from inside the VPC");
        }
    }

    IVpc vpc() {
        return vpc;
    }
}
