package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class FunctionsStackTest {

    private static final Template template = Template.fromStack(TestStacks.get().functions());

    @ParameterizedTest
    @EnumSource(FunctionSpec.class)
    void runsJava25OnArm64WithSnapStartAndItsMeasuredSizing(FunctionSpec spec) {
        template.hasResourceProperties(
                "AWS::Lambda::Function",
                Map.of(
                        "FunctionName", "test-tandem-" + spec.shortName(),
                        "Runtime", "java25",
                        "Architectures", List.of("arm64"),
                        "MemorySize", spec.memoryMb(),
                        "Timeout", spec.timeout().toSeconds(),
                        "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                        "TracingConfig", Map.of("Mode", "Active")));
    }

    @Test
    void countsTheMessagesThatFailInsideABatchFromTheFunctionsLog() {
        for (FunctionSpec spec : FunctionSpec.values()) {
            template.hasResourceProperties(
                    "AWS::Logs::MetricFilter",
                    Map.of(
                            "FilterPattern",
                            "\"" + JavaFunction.FAILED_RECORD_LOG_TEXT + "\"",
                            "LogGroupName",
                            Map.of("Ref", Match.stringLikeRegexp(".*Logs.*")),
                            "MetricTransformations",
                            List.of(Map.of(
                                    "MetricNamespace",
                                    JavaFunction.FAILED_RECORDS_NAMESPACE,
                                    "MetricName",
                                    "FailedRecords-test-tandem-" + spec.shortName(),
                                    "MetricValue",
                                    "1"))));
        }
    }

    @Test
    void eventSourcesTogetherStayWithinANewAccountsConcurrencyQuota() {
        int total = template.findResources("AWS::Lambda::EventSourceMapping").values().stream()
                .mapToInt(mapping -> maximumConcurrency(mapping))
                .peek(concurrency -> assertThat(concurrency).as("SQS's minimum").isGreaterThanOrEqualTo(2))
                .sum();
        assertThat(total).isLessThan(FunctionSpec.NEW_ACCOUNT_CONCURRENCY);
    }

    @SuppressWarnings("unchecked")
    private static int maximumConcurrency(Map<String, Object> mapping) {
        Map<String, Object> properties = (Map<String, Object>) mapping.get("Properties");
        return ((Number) ((Map<String, Object>) properties.get("ScalingConfig")).get("MaximumConcurrency")).intValue();
    }

    @Test
    void eventSourcesFeedThePublishedAliasAndReportBatchItemFailures() {
        template.resourceCountIs("AWS::Lambda::Alias", 2);
        template.hasResourceProperties("AWS::Lambda::Alias", Map.of("Name", "live"));
        template.resourcePropertiesCountIs(
                "AWS::Lambda::EventSourceMapping",
                Map.of(
                        "FunctionName", Map.of("Fn::Join", List.of("", Match.arrayWith(List.of(":live")))),
                        "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                        "ScalingConfig", Map.of("MaximumConcurrency", Match.anyValue())),
                2);
    }

    @Test
    void resizerMayReadOnlyUploadsAndWriteOnlyRenditions() {
        Map<String, Object> policy = policyOf("ImageResizerRole");
        String statements = policy.toString();
        assertThat(statements).contains("s3:GetObject").contains("/uploads/*");
        assertThat(statements).contains("s3:PutObject").contains("/renditions/*");
        template.hasResourceProperties(
                "AWS::IAM::Policy",
                Map.of(
                        "Roles",
                        List.of(Map.of("Ref", Match.stringLikeRegexp("ImageResizerRole.*"))),
                        "PolicyDocument",
                        Map.of(
                                "Statement",
                                Match.arrayWith(List.of(
                                        objectStatement("s3:GetObject", "/uploads/*"),
                                        objectStatement("s3:PutObject", "/renditions/*"))))));
        assertThat(statements)
                .doesNotContain("s3:*")
                .doesNotContain("s3:DeleteObject")
                .doesNotContain("dynamodb:");
    }

    @Test
    void paymentProcessorTouchesOnlyItsIdempotencyTableAndTheBus() {
        String statements = policyOf("PaymentProcessorRole").toString();
        assertThat(statements)
                .contains(
                        "dynamodb:GetItem",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem",
                        "events:PutEvents");
        assertThat(statements)
                .doesNotContain("s3:")
                .doesNotContain("dynamodb:Scan")
                .doesNotContain("dynamodb:*");
    }

    @Test
    void logsAreKeptForAMonth() {
        template.resourcePropertiesCountIs("AWS::Logs::LogGroup", Map.of("RetentionInDays", 30), 2);
    }

    /** A statement allowing {@code action} on the media bucket's objects under {@code keys}. */
    private static Object objectStatement(String action, String keys) {
        return Match.objectLike(
                Map.of("Action", action, "Resource", Map.of("Fn::Join", List.of("", List.of(Match.anyValue(), keys)))));
    }

    private static Map<String, Object> policyOf(String rolePrefix) {
        Map<String, Map<String, Object>> policies = template.findResources(
                "AWS::IAM::Policy",
                Map.of(
                        "Properties",
                        Map.of("Roles", List.of(Map.of("Ref", Match.stringLikeRegexp(rolePrefix + ".*"))))));
        assertThat(policies).hasSize(1);
        return policies.values().iterator().next();
    }

    @Test
    void functionsMayNotTouchTheRecommendationSnapshotsOrTheBuildersLease() {
        assertThat(template.findResources("AWS::IAM::Policy").toString())
                .doesNotContain("models/recommendations")
                .doesNotContain("Leases");
    }
}
