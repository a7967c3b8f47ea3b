package dev.tandem.infra;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStackTest {

    private static final Template template = Template.fromStack(TestStacks.get().data());

    @Test
    void mediaBucketIsPrivateAndEncryptedWithoutAnAccessLogBucketThatCdkDestroyCouldNotDelete() {
        template.hasResourceProperties(
                "AWS::S3::Bucket",
                Map.of(
                        "PublicAccessBlockConfiguration",
                                Map.of(
                                        "BlockPublicAcls", true,
                                        "BlockPublicPolicy", true,
                                        "IgnorePublicAcls", true,
                                        "RestrictPublicBuckets", true),
                        "BucketEncryption",
                                Map.of(
                                        "ServerSideEncryptionConfiguration",
                                        List.of(Map.of(
                                                "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                        "LoggingConfiguration", Match.absent()));
        template.resourceCountIs("AWS::S3::Bucket", 1);
    }

    @Test
    void ownsTheLogGroupsOfCdksHelperFunctionsSoThatDestroyRemovesThem() {
        for (String helper :
                List.of("CustomS3AutoDeleteObjectsCustomResourceProviderHandler", "BucketNotificationsHandler")) {
            template.hasResource(
                    "AWS::Logs::LogGroup",
                    Map.of(
                            "Properties",
                            Map.of(
                                    "LogGroupName",
                                    Map.of(
                                            "Fn::Join",
                                            List.of(
                                                    "",
                                                    List.of(
                                                            "/aws/lambda/",
                                                            Map.of("Ref", Match.stringLikeRegexp(helper + ".*"))))),
                                    "RetentionInDays",
                                    7,
                                    "Tags",
                                    Match.arrayWith(List.of(Map.of("Key", "project", "Value", "tandem")))),
                            "DeletionPolicy",
                            "Delete"));
        }
        template.hasResource(
                "Custom::S3AutoDeleteObjects",
                Map.of("DependsOn", Match.arrayWith(List.of(Match.stringLikeRegexp("AutoDeleteObjectsLogs.*")))));
        template.hasResource(
                "Custom::S3BucketNotifications",
                Map.of("DependsOn", Match.arrayWith(List.of(Match.stringLikeRegexp("BucketNotificationsLogs.*")))));
    }

    @Test
    void theBucketRefusesPlainHttp() {
        template.resourcePropertiesCountIs(
                "AWS::S3::BucketPolicy",
                Map.of(
                        "PolicyDocument",
                        Map.of(
                                "Statement",
                                Match.arrayWith(List.of(Match.objectLike(Map.of(
                                        "Effect",
                                        "Deny",
                                        "Condition",
                                        Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))),
                1);
    }

    @Test
    void abortsIncompleteMultipartUploadsAndAllowsBrowserPuts() {
        template.hasResourceProperties(
                "AWS::S3::Bucket",
                Map.of(
                        "LifecycleConfiguration",
                                Map.of(
                                        "Rules",
                                        List.of(Map.of(
                                                "AbortIncompleteMultipartUpload",
                                                Map.of("DaysAfterInitiation", 1),
                                                "Status",
                                                "Enabled"))),
                        "CorsConfiguration",
                                Map.of(
                                        "CorsRules",
                                        List.of(Match.objectLike(Map.of(
                                                "AllowedMethods",
                                                List.of("PUT", "GET"),
                                                "AllowedHeaders",
                                                List.of(
                                                        "content-type",
                                                        "content-length",
                                                        "x-amz-meta-correlation-id")))))));
    }

    @Test
    void sendsObjectEventsToEventBridge() {
        template.hasResourceProperties(
                "Custom::S3BucketNotifications",
                Map.of("NotificationConfiguration", Map.of("EventBridgeConfiguration", Map.of())));
    }

    @Test
    void paymentIdempotencyTableIsOnDemandRecoverableAndExpiring() {
        template.hasResourceProperties(
                "AWS::DynamoDB::Table",
                Map.of(
                        "KeySchema", List.of(Map.of("AttributeName", "orderId", "KeyType", "HASH")),
                        "BillingMode", "PAY_PER_REQUEST",
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                        "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true)));
    }

    @Test
    void outboxIndexesPendingRecordsByAgeAndExpiresPublishedOnes() {
        template.hasResourceProperties(
                "AWS::DynamoDB::Table",
                Map.of(
                        "GlobalSecondaryIndexes",
                                List.of(Match.objectLike(Map.of(
                                        "IndexName",
                                        "pending-by-age",
                                        "KeySchema",
                                        List.of(
                                                Map.of("AttributeName", "pending", "KeyType", "HASH"),
                                                Map.of("AttributeName", "createdAt", "KeyType", "RANGE"))))),
                        "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true)));
    }

    @Test
    void ordersIndexPaidOrdersByWhenTheyWerePaid() {
        template.hasResourceProperties(
                "AWS::DynamoDB::Table",
                Map.of(
                        "GlobalSecondaryIndexes",
                        List.of(Match.objectLike(Map.of(
                                "IndexName",
                                "paid-by-time",
                                "KeySchema",
                                List.of(
                                        Map.of("AttributeName", "paid", "KeyType", "HASH"),
                                        Map.of("AttributeName", "paidAt", "KeyType", "RANGE")))))));
    }

    @Test
    void everyTableIsOnDemandWithPointInTimeRecovery() {
        int tables = template.findResources("AWS::DynamoDB::Table").size();
        org.assertj.core.api.Assertions.assertThat(tables).isEqualTo(6);
        template.resourcePropertiesCountIs(
                "AWS::DynamoDB::Table",
                Map.of(
                        "BillingMode",
                        "PAY_PER_REQUEST",
                        "PointInTimeRecoverySpecification",
                        Map.of("PointInTimeRecoveryEnabled", true)),
                tables);
    }
}
