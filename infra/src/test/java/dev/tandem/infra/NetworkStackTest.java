package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NetworkStackTest {

    private static final Template template = Template.fromStack(TestStacks.get().network());

    @Test
    void hasNoNatGatewayAndNoInternetRouteForPrivateSubnets() {
        template.resourceCountIs("AWS::EC2::NatGateway", 0);
        template.hasResourceProperties(
                "AWS::EC2::Subnet",
                Map.of(
                        "MapPublicIpOnLaunch",
                        false,
                        "Tags",
                        Match.arrayWith(List.of(Map.of("Key", "aws-cdk:subnet-type", "Value", "Isolated")))));
    }

    @Test
    void reachesS3AndDynamoDbThroughFreeGatewayEndpoints() {
        Map<String, Map<String, Object>> gateways = template.findResources(
                "AWS::EC2::VPCEndpoint", Map.of("Properties", Map.of("VpcEndpointType", "Gateway")));
        assertThat(gateways.values().toString()).contains("s3").contains("dynamodb");
        assertThat(gateways).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> subnetIds(Map<String, Object> endpoint) {
        return (List<Object>) ((Map<String, Object>) endpoint.get("Properties")).get("SubnetIds");
    }

    @Test
    void reachesTheOtherServicesTheInstancesCallThroughInterfaceEndpoints() {
        Map<String, Map<String, Object>> interfaces = template.findResources(
                "AWS::EC2::VPCEndpoint",
                Map.of("Properties", Map.of("VpcEndpointType", "Interface", "PrivateDnsEnabled", true)));
        assertThat(interfaces.values().toString())
                .contains(
                        ".sqs",
                        ".events",
                        ".secretsmanager",
                        ".monitoring",
                        ".ssm",
                        ".ssmmessages",
                        ".ec2messages",
                        ".cloudformation");
        assertThat(interfaces).hasSize(8);
        assertThat(interfaces.values())
                .as("every interface endpoint sits in the same one subnet: they bill per subnet")
                .allSatisfy(endpoint -> assertThat(subnetIds(endpoint))
                        .containsExactly(Map.of("Ref", "VpcprivateSubnet1SubnetCEAD3716")));
    }

    @Test
    void flowLogRecordsTheRejectedTrafficItIsNamedFor() {
        template.hasResourceProperties(
                "AWS::EC2::FlowLog",
                Map.of(
                        "TrafficType",
                        "REJECT",
                        "Tags",
                        Match.arrayWith(
                                List.of(Map.of("Key", "Name", "Value", Match.stringLikeRegexp(".*RejectedTraffic"))))));
    }
}
