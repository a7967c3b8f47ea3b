package dev.tandem.infra;

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
    void hasOneDashboardCoveringApiQueuesFunctionsAndTheOutboxRelay() {
        template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        template.hasResourceProperties(
                "AWS::CloudWatch::Dashboard", Map.of("DashboardBody", Map.of("Fn::Join", Match.anyValue())));
        String body = template.findResources("AWS::CloudWatch::Dashboard").toString();
        org.assertj.core.api.Assertions.assertThat(body)
                .contains("TargetResponseTime", "ApproximateAgeOfOldestMessage", "Throttles", "orders-to-payment-jobs");
    }
}
