package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class BackendStackTest {

    private static final Template template = Template.fromStack(TestStacks.get().backend());

    @Test
    void instancesRequireImdsV2HaveEncryptedVolumesAndNoKeyPair() {
        template.hasResourceProperties(
                "AWS::EC2::LaunchTemplate",
                Map.of(
                        "LaunchTemplateData",
                        Match.objectLike(Map.of(
                                "MetadataOptions", Map.of("HttpTokens", "required"),
                                "KeyName", Match.absent(),
                                "InstanceType", "t4g.small",
                                "BlockDeviceMappings",
                                        List.of(Map.of(
                                                "DeviceName",
                                                "/dev/xvda",
                                                "Ebs",
                                                Match.objectLike(Map.of("Encrypted", true, "VolumeType", "gp3"))))))));
    }

    @Test
    void runsOneToTwoInstancesInIsolatedSubnetsWithRollingUpdates() {
        template.hasResource(
                "AWS::AutoScaling::AutoScalingGroup",
                Map.of(
                        "Properties", Match.objectLike(Map.of("MinSize", "1", "MaxSize", "2")),
                        "UpdatePolicy",
                                Map.of(
                                        "AutoScalingRollingUpdate",
                                        Match.objectLike(Map.of("MinInstancesInService", 1, "MaxBatchSize", 1)))));
    }

    @Test
    void nothingAcceptsSsh() {
        String ingress = template.findResources("AWS::EC2::SecurityGroup").toString()
                + template.findResources("AWS::EC2::SecurityGroupIngress");
        assertThat(ingress).doesNotContain("FromPort=22");
    }

    @Test
    void loadBalancerIsOpenOnPort80AndInstancesOnlyToTheLoadBalancer() {
        template.hasResourceProperties(
                "AWS::EC2::SecurityGroup",
                Map.of(
                        "SecurityGroupIngress",
                        List.of(Match.objectLike(Map.of("CidrIp", "0.0.0.0/0", "FromPort", 80, "ToPort", 80)))));
        template.hasResourceProperties(
                "AWS::EC2::SecurityGroupIngress",
                Map.of(
                        "FromPort",
                        8080,
                        "ToPort",
                        8080,
                        "GroupId",
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("InstanceSecurityGroup.*"), "GroupId")),
                        "SourceSecurityGroupId",
                        Map.of(
                                "Fn::GetAtt",
                                List.of(Match.stringLikeRegexp("LoadBalancerSecurityGroup.*"), "GroupId"))));
        assertThat(template.findResources("AWS::EC2::SecurityGroupIngress").toString())
                .doesNotContain("0.0.0.0/0");
    }

    @Test
    void loadBalancerChecksTheServicesReadiness() {
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                Map.of("HealthCheckPath", "/actuator/health/readiness", "Port", 8080));
    }

    @Test
    void instancesAreManagedBySessionManagerAndReadTheAdminTokenAtBoot() {
        template.hasResourceProperties(
                "AWS::IAM::Role",
                Map.of(
                        "ManagedPolicyArns",
                        List.of(Map.of(
                                "Fn::Join",
                                Match.arrayWith(List.of(
                                        Match.arrayWith(List.of(":iam::aws:policy/AmazonSSMManagedInstanceCore"))))))));
        String userData = template.findResources("AWS::EC2::LaunchTemplate").toString();
        assertThat(userData)
                .contains("java-25-amazon-corretto-headless")
                .contains("secretsmanager get-secret-value")
                .contains("systemctl enable --now tandem");
    }

    @Test
    void publishesTheServiceJarAndEnvironmentForLocalRuns() {
        template.hasResource(
                "AWS::AutoScaling::AutoScalingGroup",
                Map.of(
                        "Metadata",
                        Map.of(
                                BackendStack.SERVICE_JAR_METADATA,
                                Match.stringLikeRegexp("[0-9a-f]{64}\\.jar"),
                                BackendStack.SERVICE_ENVIRONMENT_METADATA,
                                Match.objectLike(Map.of(
                                        "SPRING_PROFILES_ACTIVE", "aws",
                                        "TANDEM_BUS_NAME", Match.anyValue(),
                                        "TANDEM_INBOX_QUEUE", Match.anyValue(),
                                        "TANDEM_MEDIA_BUCKET", Match.anyValue(),
                                        "TANDEM_TABLES_OUTBOX", Match.anyValue(),
                                        "TANDEM_METRICS_NAMESPACE", ServiceMetrics.NAMESPACE,
                                        "TANDEM_METRICS_ENVIRONMENT", TestStacks.ENV)))));
    }

    @Test
    void instancesMayPublishMetricsToTheServiceNamespaceOnly() {
        template.hasResourceProperties(
                "AWS::IAM::Policy",
                Map.of(
                        "PolicyDocument",
                        Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Map.of(
                                        "Effect", "Allow",
                                        "Action", "cloudwatch:PutMetricData",
                                        "Resource", "*",
                                        "Condition",
                                                Map.of(
                                                        "StringEquals",
                                                        Map.of("cloudwatch:namespace", ServiceMetrics.NAMESPACE))))))));
        assertThat(policyStatements())
                .as("no other statement grants a CloudWatch action")
                .filteredOn(statement -> statement.get("Action").toString().contains("cloudwatch:"))
                .hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> policyStatements() {
        return template.findResources("AWS::IAM::Policy").values().stream()
                .map(policy -> (Map<String, Object>) policy.get("Properties"))
                .map(properties -> (Map<String, Object>) properties.get("PolicyDocument"))
                .flatMap(document -> ((List<Map<String, Object>>) document.get("Statement")).stream())
                .toList();
    }

    @Test
    void outputsTheServiceUrl() {
        template.hasOutput("ServiceUrl", Map.of("Value", Match.anyValue()));
    }
}
