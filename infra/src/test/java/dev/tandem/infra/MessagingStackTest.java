package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class MessagingStackTest {

    private static final Template template = Template.fromStack(TestStacks.get().messaging());

    @Test
    void routesUploadsFromTheDefaultBusToImageJobs() {
        template.hasResourceProperties(
                "AWS::Events::Rule",
                Map.of(
                        "Name", "test-tandem-uploads-to-image-jobs",
                        "EventBusName", Match.absent(),
                        "EventPattern",
                                Map.of(
                                        "source", List.of("aws.s3"),
                                        "detail-type", List.of("Object Created"),
                                        "detail",
                                                Match.objectLike(Map.of(
                                                        "object",
                                                        Map.of("key", List.of(Map.of("prefix", "uploads/")))))),
                        "Targets", List.of(targetWithOwnDeadLetterQueue("ImageJobs"))));
    }

    @Test
    void routesOrderPlacedToPaymentJobs() {
        template.hasResourceProperties(
                "AWS::Events::Rule",
                Map.of(
                        "Name", "test-tandem-orders-to-payment-jobs",
                        "EventPattern",
                                Map.of("source", List.of("tandem.catalog"), "detail-type", List.of("OrderPlaced")),
                        "Targets", List.of(targetWithOwnDeadLetterQueue("PaymentJobs"))));
    }

    @Test
    void routesEveryResultToTheCatalogInbox() {
        template.hasResourceProperties(
                "AWS::Events::Rule",
                Map.of(
                        "Name", "test-tandem-results-to-catalog-inbox",
                        "EventPattern",
                                Map.of(
                                        "source", List.of("tandem.images", "tandem.payments"),
                                        "detail-type",
                                                List.of(
                                                        "ImageProcessed",
                                                        "ImageRejected",
                                                        "PaymentSucceeded",
                                                        "PaymentFailed")),
                        "Targets", List.of(targetWithOwnDeadLetterQueue("CatalogInbox"))));
    }

    @ParameterizedTest
    @CsvSource({"test-tandem-image-jobs, 360", "test-tandem-payment-jobs, 90", "test-tandem-catalog-inbox, 60"})
    void workQueuesRedriveToTheirDlqAfterFiveReceivesWithVisibilityForTheirConsumer(String name, int visibility) {
        template.hasResourceProperties(
                "AWS::SQS::Queue",
                Map.of(
                        "QueueName",
                        name,
                        "VisibilityTimeout",
                        visibility,
                        "SqsManagedSseEnabled",
                        true,
                        "RedrivePolicy",
                        Map.of("maxReceiveCount", 5, "deadLetterTargetArn", Match.anyValue())));
    }

    @Test
    void visibilityTimeoutsAreAtLeastSixTimesTheConsumingFunctionsTimeout() {
        for (FunctionSpec spec : FunctionSpec.values()) {
            assertThat(spec.queueVisibilityTimeout().toSeconds().intValue())
                    .isGreaterThanOrEqualTo(6 * spec.timeout().toSeconds().intValue());
        }
    }

    @Test
    void everyQueueIsEncryptedAndRefusesPlainHttp() {
        int queues = template.findResources("AWS::SQS::Queue").size();
        assertThat(queues).isEqualTo(9);
        template.resourcePropertiesCountIs("AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true), queues);
        template.resourcePropertiesCountIs(
                "AWS::SQS::QueuePolicy",
                Map.of(
                        "PolicyDocument",
                        Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Effect",
                                        "Deny",
                                        "Condition",
                                        Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))),
                queues);
    }

    @Test
    void archivesEveryEventOnTheBus() {
        template.hasResourceProperties("AWS::Events::EventBus", Map.of("Name", "test-tandem-bus"));
        template.hasResourceProperties("AWS::Events::Archive", Map.of("RetentionDays", 14));
    }

    @Test
    void archiveHasNoEmptyKmsKeyIdentifierWhichEventBridgeWouldReject() {
        template.hasResourceProperties("AWS::Events::Archive", Map.of("KmsKeyIdentifier", Match.absent()));
    }

    private static Object targetWithOwnDeadLetterQueue(String queueLogicalIdPrefix) {
        return Match.objectLike(Map.of(
                "Arn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp(queueLogicalIdPrefix + "Queue.*"), "Arn")),
                "DeadLetterConfig",
                        Map.of("Arn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp(".*TargetDlq.*"), "Arn"))),
                "RetryPolicy", Map.of("MaximumRetryAttempts", 8, "MaximumEventAgeInSeconds", 7200)));
    }
}
