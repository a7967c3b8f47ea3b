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
