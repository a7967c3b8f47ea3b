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
    void runsOneToTwoInstancesInIsolatedSubnetsWithRollingUpdatesThatWaitForTheInstancesSignal() {
        template.hasResource(
                "AWS::AutoScaling::AutoScalingGroup",
                Map.of(
                        "Properties", Match.objectLike(Map.of("MinSize", "1", "MaxSize", "2")),
                        "CreationPolicy", Map.of("ResourceSignal", Map.of("Count", 1, "Timeout", "PT10M")),
                        "UpdatePolicy",
                                Match.objectLike(Map.of(
                                        "AutoScalingRollingUpdate",
                                        Match.objectLike(Map.of(
                                                "MinInstancesInService",
                                                1,
                                                "MaxBatchSize",
                                                1,
                                                "WaitOnResourceSignals",
                                                true,
                                                "PauseTime",
                                                "PT10M"))))));
    }

    @Test
    void addsASecondInstanceWhenTheFleetsAverageCpuStaysAboveSixtyPercent() {
        template.hasResourceProperties(
                "AWS::AutoScaling::ScalingPolicy",
                Map.of(
                        "PolicyType",
                        "TargetTrackingScaling",
                        "EstimatedInstanceWarmup",
                        300,
                        "TargetTrackingConfiguration",
                        Match.objectLike(Map.of(
                                "PredefinedMetricSpecification",
                                Map.of("PredefinedMetricType", "ASGAverageCPUUtilization"),
                                "TargetValue",
                                60))));
    }

    @Test
    void replacesInstancesThatFailTheLoadBalancersHealthCheckAfterTheBoot() {
        template.hasResourceProperties(
                "AWS::AutoScaling::AutoScalingGroup", Map.of("HealthCheckType", "ELB", "HealthCheckGracePeriod", 600));
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
    void loadBalancerForwardsTheApiPagesAndApiDocsOnlyAndAnswers404ForTheRest() {
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::Listener",
                Map.of(
                        "Port",
                        80,
                        "Protocol",
                        "HTTP",
                        "DefaultActions",
                        List.of(Map.of(
                                "Type",
                                "fixed-response",
                                "FixedResponseConfig",
                                Match.objectLike(Map.of("StatusCode", "404"))))));
        assertThat(template.findResources("AWS::ElasticLoadBalancingV2::ListenerRule"))
                .hasSize(2);
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::ListenerRule",
                Map.of(
                        "Conditions",
                        List.of(Map.of(
                                "Field",
                                "path-pattern",
                                "PathPatternConfig",
                                Map.of("Values", List.of("/api/*", "/", "/index.html", "/admin.html", "/css/*")))),
                        "Actions",
                        List.of(Match.objectLike(Map.of("Type", "forward")))));
        template.hasResourceProperties(
                "AWS::ElasticLoadBalancingV2::ListenerRule",
                Map.of(
                        "Conditions",
                        List.of(Map.of(
                                "Field",
                                "path-pattern",
                                "PathPatternConfig",
                                Map.of(
                                        "Values",
                                        List.of(
                                                "/js/*",
                                                "/v3/api-docs*",
                                                "/swagger-ui*",
                                                "/actuator/health/readiness"))))));
        assertThat(template.findResources("AWS::ElasticLoadBalancingV2::ListenerRule")
                        .toString())
                .doesNotContain("/actuator/*", "/actuator/health/*", "[/*", " /*,", " /*]");
    }

    @Test
    void warnsInItsOutputsThatTheLoadBalancerServesPlainHttpWithoutACertificate() {
        template.hasOutput("Warning", Map.of("Value", Match.stringLikeRegexp("^WARNING: plain HTTP.*")));
        template.hasOutput(
                "ServiceUrl",
                Map.of(
                        "Value",
                        Map.of("Fn::Join", List.of("", List.of("http://", Map.of("Fn::GetAtt", Match.anyValue()))))));
        assertThat(template.findResources("AWS::ElasticLoadBalancingV2::Listener"))
                .hasSize(1);
    }

    @Test
    void instancesMayReadTheServiceJarsObjectAndNothingElseOfTheAssetsBucket() {
        assertThat(policyStatements())
                .filteredOn(statement -> statement.get("Action").toString().contains("s3:"))
                .filteredOn(statement -> statement.get("Resource").toString().contains("cdk-hnb659fds-assets"))
                .singleElement()
                .satisfies(statement -> {
                    assertThat(statement.get("Action")).isEqualTo("s3:GetObject");
                    assertThat(statement.get("Resource").toString())
                            .matches(".*/[0-9a-f]{64}\\.jar.*")
                            .doesNotContain("*");
                });
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
                                        "SPRING_PROFILES_ACTIVE",
                                        "aws",
                                        "TANDEM_BUS_NAME",
                                        Match.anyValue(),
                                        "TANDEM_INBOX_QUEUE",
                                        Match.anyValue(),
                                        "TANDEM_MEDIA_BUCKET",
                                        Match.anyValue(),
                                        "TANDEM_TABLES_OUTBOX",
                                        Match.anyValue(),
                                        "TANDEM_TABLES_LEASES",
                                        Match.anyValue(),
                                        "TANDEM_RECOMMENDATIONS_SNAPSHOT_PREFIX",
                                        "models/recommendations/",
                                        "TANDEM_RECOMMENDATIONS_REBUILD_INTERVAL",
                                        "60m",
                                        "TANDEM_METRICS_NAMESPACE",
                                        ServiceMetrics.NAMESPACE,
                                        "TANDEM_METRICS_ENVIRONMENT",
                                        TestStacks.ENV)))));
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

    @Test
    void instancesMayDoWithTheTablesWhatTheServiceDoesAndNoMore() {
        String statements = policyStatements().toString();

        assertThat(statements)
                .as("grants the IAM report of the enforced e2e run showed no flow uses")
                .doesNotContain("dynamodb:DeleteItem")
                .doesNotContain("dynamodb:ConditionCheckItem")
                .doesNotContain("/index/*");
        assertThat(policyStatements())
                .filteredOn(statement -> statement.get("Action").equals("dynamodb:Query"))
                .extracting(statement -> statement.get("Resource").toString())
                .satisfiesExactlyInAnyOrder(
                        outbox -> assertThat(outbox).contains("TablesOutbox").endsWith("/index/pending-by-age]]}"),
                        orders -> assertThat(orders).contains("TablesOrders").endsWith("/index/paid-by-time]]}"));
    }

    @Test
    void instancesMayTakeAndGiveBackTheBuildersLeaseAndDoNothingElseWithItsTable() {
        assertThat(policyStatements())
                .filteredOn(statement -> statement.get("Resource").toString().contains("TablesLeases"))
                .singleElement()
                .satisfies(statement -> assertThat(statement.get("Action"))
                        .isEqualTo(List.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DescribeTable")));
    }

    @Test
    void instancesMayReadAndWriteTheRecommendationSnapshotsObjectsOnly() {
        assertThat(policyStatements())
                .filteredOn(statement -> statement.get("Resource").toString().contains("/models/recommendations/*"))
                .singleElement()
                .satisfies(statement ->
                        assertThat(statement.get("Action")).isEqualTo(List.of("s3:GetObject", "s3:PutObject")));
        assertThat(policyStatements().toString())
                .as("the pointer object names the newest snapshot: nothing lists or deletes")
                .doesNotContain("s3:ListBucket")
                .doesNotContain("s3:DeleteObject");
    }

    @Test
    void instancesMayScanAndBatchReadTheProductsTableAndNoOtherTable() {
        List<Map<String, Object>> bulkReads = policyStatements().stream()
                .filter(statement -> statement.get("Action").toString().contains("dynamodb:BatchGetItem")
                        || statement.get("Action").toString().contains("dynamodb:Scan"))
                .toList();

        assertThat(bulkReads).singleElement().satisfies(statement -> {
            assertThat(statement.get("Action")).isEqualTo(List.of("dynamodb:BatchGetItem", "dynamodb:Scan"));
            assertThat(statement.get("Resource").toString())
                    .as("the products table itself, no index, no other table")
                    .contains("TablesProducts")
                    .doesNotContain("/index/")
                    .doesNotContain("Orders")
                    .doesNotContain("Outbox")
                    .doesNotContain("Claims");
        });
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
