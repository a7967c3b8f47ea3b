package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ObservabilityStackTest {

    private static final Template template = Template.fromStack(TestStacks.get().observability());

    @Test
    void alarmsOnTheFirstMessageInEveryDeadLetterQueue() {
        int deadLetterQueues = TestStacks.get().messaging().deadLetterQueues().size();
        template.resourcePropertiesCountIs(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "MetricName", "ApproximateNumberOfMessagesVisible",
                        "Namespace", "AWS/SQS",
                        "Threshold", 1,
                        "ComparisonOperator", "GreaterThanOrEqualToThreshold",
                        "TreatMissingData", "notBreaching"),
                deadLetterQueues);
    }

    @Test
    void alarmsWhenAnOutboxRecordHasWaitedAQuarterOfAnHour() {
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "Namespace",
                        ServiceMetrics.NAMESPACE,
                        "MetricName",
                        ServiceMetrics.OLDEST_RECORD_AGE,
                        "Dimensions",
                        List.of(Map.of("Name", "Environment", "Value", TestStacks.ENV)),
                        "Statistic",
                        "Maximum",
                        "Period",
                        60,
                        "Threshold",
                        900,
                        "ComparisonOperator",
                        "GreaterThanOrEqualToThreshold",
                        "EvaluationPeriods",
                        1));
    }

    @Test
    void alarmsWhenTheRecommendationModelOutlivesItsScheduleWhileOrdersArePlaced() {
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "Metrics",
                        Match.arrayWith(List.of(
                                Match.objectLike(Map.of(
                                        "Expression",
                                        "IF(age > 5400 AND FILL(orders, 0) > 0, 1, 0)",
                                        "ReturnData",
                                        true)),
                                Match.objectLike(Map.of(
                                        "Id",
                                        "age",
                                        "MetricStat",
                                        Match.objectLike(Map.of(
                                                "Metric",
                                                Match.objectLike(Map.of("MetricName", ServiceMetrics.MODEL_AGE)),
                                                "Stat",
                                                "Maximum")))),
                                Match.objectLike(Map.of(
                                        "Id",
                                        "orders",
                                        "MetricStat",
                                        Match.objectLike(Map.of(
                                                "Metric",
                                                Match.objectLike(Map.of("MetricName", "MatchedEvents")),
                                                "Stat",
                                                "Sum")))))),
                        "Threshold",
                        1,
                        "ComparisonOperator",
                        "GreaterThanOrEqualToThreshold",
                        "TreatMissingData",
                        "notBreaching"));
    }

    @Test
    void graphsTheRecommendationModelsAgeAndBuildDuration() {
        assertThat(template.findResources("AWS::CloudWatch::Dashboard").toString())
                .contains("[\"Tandem\",\"RecommendationModelAge\",\"Environment\",\"test\"")
                .contains("[\"Tandem\",\"RecommendationBuildDuration\",\"Environment\",\"test\"");
    }

    @Test
    void everyAlarmNotifiesTheAlarmTopic() {
        Map<String, Map<String, Object>> alarms = template.findResources("AWS::CloudWatch::Alarm");
        assertThat(alarms).hasSizeGreaterThan(10);
        template.resourcePropertiesCountIs(
                "AWS::CloudWatch::Alarm",
                Map.of("AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlarmTopic.*")))),
                alarms.size());
    }

    @Test
    void alarmTopicIsEncryptedWithAKeyCloudWatchMayUseRefusesPlainHttpAndMailsTheGivenAddress() {
        template.hasResourceProperties(
                "AWS::SNS::Topic",
                Map.of(
                        "TopicName",
                        "test-tandem-alarms",
                        "KmsMasterKeyId",
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("AlarmTopicKey.*"), "Arn"))));
        template.hasResourceProperties(
                "AWS::KMS::Key",
                Map.of(
                        "EnableKeyRotation",
                        true,
                        "PendingWindowInDays",
                        7,
                        "KeyPolicy",
                        Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Principal", Map.of("Service", "cloudwatch.amazonaws.com"),
                                        "Action", List.of("kms:Decrypt", "kms:GenerateDataKey*"))))))));
        template.hasResourceProperties(
                "AWS::SNS::TopicPolicy",
                Map.of(
                        "PolicyDocument",
                        Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Effect",
                                        "Deny",
                                        "Condition",
                                        Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        template.hasResourceProperties(
                "AWS::SNS::Subscription", Map.of("Protocol", "email", "Endpoint", TestStacks.ALARM_EMAIL));
    }

    @Test
    void alarmsOnTheLoadBalancersServerErrorsAndUnhealthyInstances() {
        for (String metric : List.of("HTTPCode_Target_5XX_Count", "HTTPCode_ELB_5XX_Count")) {
            template.hasResourceProperties(
                    "AWS::CloudWatch::Alarm",
                    Map.of(
                            "Namespace",
                            "AWS/ApplicationELB",
                            "MetricName",
                            metric,
                            "Statistic",
                            "Sum",
                            "Period",
                            300,
                            "Threshold",
                            5));
        }
        template.hasResourceProperties(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "Namespace",
                        "AWS/ApplicationELB",
                        "MetricName",
                        "UnHealthyHostCount",
                        "Threshold",
                        1,
                        "EvaluationPeriods",
                        3,
                        "Dimensions",
                        Match.arrayWith(List.of(Match.objectLike(Map.of("Name", "TargetGroup"))))));
    }

    @Test
    void alarmsOnAWorkQueueWhoseOldestMessageHasWaitedAQuarterOfAnHour() {
        template.resourcePropertiesCountIs(
                "AWS::CloudWatch::Alarm",
                Map.of(
                        "Namespace", "AWS/SQS",
                        "MetricName", "ApproximateAgeOfOldestMessage",
                        "Statistic", "Maximum",
                        "Threshold", 900),
                3);
    }

    @Test
    void alarmsOnTheFirstMessageThatFailsInsideAFunctionsBatch() {
        for (FunctionSpec spec : FunctionSpec.values()) {
            template.hasResourceProperties(
                    "AWS::CloudWatch::Alarm",
                    Map.of(
                            "Namespace",
                            JavaFunction.FAILED_RECORDS_NAMESPACE,
                            "MetricName",
                            "FailedRecords-test-tandem-" + spec.shortName(),
                            "Statistic",
                            "Sum",
                            "Threshold",
                            1,
                            "TreatMissingData",
                            "notBreaching"));
        }
    }

    @Test
    void graphsTheOutboxBacklogAndTheAgeOfItsOldestRecord() {
        String body = template.findResources("AWS::CloudWatch::Dashboard").toString();
        assertThat(body)
                .contains("Outbox backlog")
                .contains("[\"Tandem\",\"OutboxBacklog\",\"Environment\",\"test\"")
                .contains("[\"Tandem\",\"OutboxOldestRecordAge\",\"Environment\",\"test\"");
    }

    @Test
    void hasOneDashboardCoveringApiQueuesFunctionsAndTheOutboxRelay() {
        template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        template.hasResourceProperties(
                "AWS::CloudWatch::Dashboard", Map.of("DashboardBody", Map.of("Fn::Join", Match.anyValue())));
        String body = template.findResources("AWS::CloudWatch::Dashboard").toString();
        assertThat(body)
                .contains("TargetResponseTime", "ApproximateAgeOfOldestMessage", "Throttles", "orders-to-payment-jobs");
    }
}
