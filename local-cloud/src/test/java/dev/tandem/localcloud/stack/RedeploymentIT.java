package dev.tandem.localcloud.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.stack.provision.BucketProvisioner;
import dev.tandem.localcloud.stack.provision.EventBridgeProvisioner;
import dev.tandem.localcloud.stack.provision.QueueProvisioner;
import dev.tandem.localcloud.stack.provision.TableProvisioner;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import dev.tandem.localcloud.stack.template.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A template deployed twice into the same local-cloud, as into an emulator kept running between runs: the second
 * deployment reuses what the first created, and brings what was changed in between back to the template's settings,
 * as a CloudFormation stack update would.
 */
@ExtendWith(LocalAwsExtension.class)
class RedeploymentIT {

    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "000000000000";

    private final S3Client s3;
    private final SqsClient sqs;
    private final DynamoDbClient dynamoDb;
    private final EventBridgeClient events;

    @TempDir
    private Path directory;

    RedeploymentIT(S3Client s3, SqsClient sqs, DynamoDbClient dynamoDb, EventBridgeClient events) {
        this.s3 = s3;
        this.sqs = sqs;
        this.dynamoDb = dynamoDb;
        this.events = events;
    }

    @Test
    void aSecondDeploymentReusesEveryResourceTheFirstCreated() throws IOException {
        Names names = new Names();
        CloudAssembly assembly = assembly("first", shop(names, "300"));

        DeploymentReport first = deploy(assembly);
        DeploymentReport second = deploy(assembly);

        assertThat(first.existing()).isZero();
        assertThat(second.created()).isEmpty();
        assertThat(second.updated()).isEmpty();
        assertThat(second.reused()).isEqualTo(first.created());
        assertThat(second.existing()).isEqualTo(7);
        assertThat(second.summary()).contains("reused: 1 AWS::DynamoDB::Table");
    }

    @Test
    void aSecondDeploymentBringsAQueueChangedInBetweenBackToTheTemplatesVisibilityTimeout() throws IOException {
        Names names = new Names();
        CloudAssembly assembly = assembly("queue", shop(names, "300"));
        deploy(assembly);
        String url = sqs.getQueueUrl(r -> r.queueName(names.queue)).queueUrl();
        sqs.setQueueAttributes(r -> r.queueUrl(url).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "5")));

        DeploymentReport second = deploy(assembly);

        assertThat(second.updated()).containsExactly(Map.entry("AWS::SQS::Queue", 1));
        assertThat(second.brought()).isEqualTo(1);
        assertThat(visibilityTimeout(url)).isEqualTo("300");
    }

    @Test
    void aSecondDeploymentGivesAQueueTheTemplatesNewVisibilityTimeout() throws IOException {
        Names names = new Names();
        deploy(assembly("before", shop(names, "300")));

        DeploymentReport second = deploy(assembly("after", shop(names, "600")));

        assertThat(second.updated()).containsExactly(Map.entry("AWS::SQS::Queue", 1));
        assertThat(visibilityTimeout(
                        sqs.getQueueUrl(r -> r.queueName(names.queue)).queueUrl()))
                .isEqualTo("600");
    }

    @Test
    void aSecondDeploymentAddsTheIndexAndTimeToLiveTheTemplateGained() throws IOException {
        String table = TestQueue.uniqueName("orders");
        deploy(assembly("plain", table(table, "id", "]")));

        DeploymentReport second = deploy(assembly("indexed", table(table, "id", """
                , {"AttributeName": "customer", "AttributeType": "S"}],
                  "GlobalSecondaryIndexes": [{"IndexName": "byCustomer",
                    "KeySchema": [{"AttributeName": "customer", "KeyType": "HASH"}],
                    "Projection": {"ProjectionType": "ALL"}}],
                  "TimeToLiveSpecification": {"AttributeName": "expiresAt", "Enabled": true}""")));

        assertThat(second.updated()).containsExactly(Map.entry("AWS::DynamoDB::Table", 1));
        assertThat(dynamoDb.describeTable(r -> r.tableName(table)).table().globalSecondaryIndexes())
                .extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactly("byCustomer");
        assertThat(dynamoDb.describeTimeToLive(r -> r.tableName(table))
                        .timeToLiveDescription()
                        .timeToLiveStatus())
                .isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
    }

    @Test
    void refusesToReplaceATableWhoseKeySchemaChangedRatherThanDropItsItems() throws IOException {
        String table = TestQueue.uniqueName("products");
        deploy(assembly("by-id", table(table, "id", "]")));
        CloudAssembly changedKey = assembly("by-sku", table(table, "sku", "]"));

        assertThatThrownBy(() -> deploy(changedKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("table " + table + " exists, but its key schema is")
                .hasMessageContaining("CloudFormation would replace the table");
    }

    private DeploymentReport deploy(CloudAssembly assembly) {
        return new StackDeployer(
                        List.of(
                                new BucketProvisioner(s3, REGION),
                                new TableProvisioner(dynamoDb, REGION, ACCOUNT),
                                new QueueProvisioner(sqs),
                                new EventBridgeProvisioner(events, REGION, ACCOUNT)),
                        REGION,
                        ACCOUNT)
                .deploy(assembly);
    }

    private String visibilityTimeout(String url) {
        return sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.VISIBILITY_TIMEOUT))
                .attributes()
                .get(QueueAttributeName.VISIBILITY_TIMEOUT);
    }

    /** An assembly of one stack, {@code template}, written as CDK writes one. */
    private CloudAssembly assembly(String name, String template) throws IOException {
        Path assembly = Files.createDirectory(directory.resolve(name));
        Files.writeString(assembly.resolve("shop.template.json"), template);
        Files.writeString(assembly.resolve("manifest.json"), """
                {"artifacts": {"shop": {"type": "aws:cloudformation:stack",
                  "properties": {"templateFile": "shop.template.json"}}}}""");
        return CloudAssembly.read(assembly);
    }

    /** A bucket with CORS and EventBridge notifications, a table, a queue with its DLQ, a bus and a rule. */
    private static String shop(Names names, String visibilityTimeout) {
        return """
                {"Resources": {
                  "Media": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "%s",
                    "CorsConfiguration": {"CorsRules": [{"AllowedMethods": ["PUT"], "AllowedOrigins": ["*"]}]}}},
                  "MediaNotifications": {"Type": "Custom::S3BucketNotifications", "Properties": {
                    "BucketName": {"Ref": "Media"}, "NotificationConfiguration": {"EventBridgeConfiguration": {}}}},
                  "Orders": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "%s",
                    "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                    "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}]}},
                  "JobsDlq": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "%s-dlq", "MessageRetentionPeriod": 1209600}},
                  "Jobs": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "%s",
                    "VisibilityTimeout": %s,
                    "RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["JobsDlq", "Arn"]}, "maxReceiveCount": 3}}},
                  "Bus": {"Type": "AWS::Events::EventBus", "Properties": {"Name": "%s"}},
                  "ToJobs": {"Type": "AWS::Events::Rule", "Properties": {"Name": "%s-to-jobs",
                    "EventBusName": {"Ref": "Bus"}, "EventPattern": {"source": ["shop"]}, "State": "ENABLED",
                    "Targets": [{"Id": "jobs", "Arn": {"Fn::GetAtt": ["Jobs", "Arn"]}}]}}
                }}""".formatted(
                        names.bucket, names.table, names.queue, names.queue, visibilityTimeout, names.bus, names.bus);
    }

    /** A table keyed by {@code key}; {@code more} closes its attribute definitions, after adding any it needs. */
    private static String table(String name, String key, String more) {
        return """
                {"Resources": {"Table": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "%s",
                  "KeySchema": [{"AttributeName": "%s", "KeyType": "HASH"}],
                  "AttributeDefinitions": [{"AttributeName": "%s", "AttributeType": "S"}%s}}}}""".formatted(name, key, key, more);
    }

    /** Names of this test's own, since the tests share one local-cloud. */
    private static final class Names {
        private final String bucket = TestQueue.uniqueName("media");
        private final String table = TestQueue.uniqueName("orders");
        private final String queue = TestQueue.uniqueName("jobs");
        private final String bus = TestQueue.uniqueName("bus");
    }
}
