package dev.tandem.localcloud.iam.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

class OperationTableTest {

    private static final String R = "us-east-1";
    private static final String A = "000000000000";
    private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.fromS("1"));

    private final OperationTable table = new OperationTable(R, A);

    private static String accessOf(Access access) {
        return access.action() + " " + access.resource();
    }

    @Nested
    class DynamoDb {

        @Test
        void batchGetItemAsksOnceForEachTable() {
            Operation operation = table.resolve(SdkRequests.dynamoDb(c -> c.batchGetItem(b -> b.requestItems(Map.of(
                    "products", KeysAndAttributes.builder().keys(KEY).build(),
                    "orders", KeysAndAttributes.builder().keys(KEY).build())))));

            assertThat(operation.name()).isEqualTo("BatchGetItem");
            assertThat(operation.accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactlyInAnyOrder(
                            "dynamodb:BatchGetItem arn:aws:dynamodb:us-east-1:000000000000:table/products",
                            "dynamodb:BatchGetItem arn:aws:dynamodb:us-east-1:000000000000:table/orders");
        }

        @Test
        void transactWriteItemsAsksTheSingleItemActionForEachItem() {
            Operation operation = table.resolve(SdkRequests.dynamoDb(c -> c.transactWriteItems(b -> b.transactItems(
                    i -> i.update(u -> u.tableName("products").key(KEY).updateExpression("SET s = :s")),
                    i -> i.put(p -> p.tableName("orders").item(KEY)),
                    i -> i.conditionCheck(
                            k -> k.tableName("claims").key(KEY).conditionExpression("attribute_exists(id)")),
                    i -> i.delete(d -> d.tableName("outbox").key(KEY))))));

            assertThat(operation.accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly(
                            "dynamodb:UpdateItem arn:aws:dynamodb:us-east-1:000000000000:table/products",
                            "dynamodb:PutItem arn:aws:dynamodb:us-east-1:000000000000:table/orders",
                            "dynamodb:ConditionCheckItem arn:aws:dynamodb:us-east-1:000000000000:table/claims",
                            "dynamodb:DeleteItem arn:aws:dynamodb:us-east-1:000000000000:table/outbox");
        }

        @Test
        void aQueryOfAnIndexIsOnTheIndex() {
            Operation operation = table.resolve(SdkRequests.dynamoDb(c -> c.query(b -> b.tableName("orders")
                    .indexName("byStatus")
                    .keyConditionExpression("s = :s")
                    .expressionAttributeValues(Map.of(":s", AttributeValue.fromS("PAID"))))));

            assertThat(operation.accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly(
                            "dynamodb:Query arn:aws:dynamodb:us-east-1:000000000000:table/orders/index/byStatus");
        }

        @Test
        void listTablesIsOnNoResourceAndDescribeTableOnTheTable() {
            assertThat(table.resolve(SdkRequests.dynamoDb(c -> c.listTables())).accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("dynamodb:ListTables *");
            assertThat(table.resolve(SdkRequests.dynamoDb(c -> c.describeTable(b -> b.tableName("t"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("dynamodb:DescribeTable arn:aws:dynamodb:us-east-1:000000000000:table/t");
        }
    }

    @Nested
    class Sqs {

        private static final String URL = "http://127.0.0.1:4566/000000000000/payment-jobs";

        @Test
        void aBatchSendNeedsSendMessageOnTheQueueOfItsUrl() {
            Operation operation = table.resolve(SdkRequests.sqs(c -> c.sendMessageBatch(
                    b -> b.queueUrl(URL).entries(e -> e.id("1").messageBody("x")))));

            assertThat(operation.name()).isEqualTo("SendMessageBatch");
            assertThat(operation.accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("sqs:SendMessage arn:aws:sqs:us-east-1:000000000000:payment-jobs");
        }

        @Test
        void getQueueUrlIsOnTheQueueItNames() {
            assertThat(table.resolve(SdkRequests.sqs(c -> c.getQueueUrl(b -> b.queueName("catalog-inbox"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("sqs:GetQueueUrl arn:aws:sqs:us-east-1:000000000000:catalog-inbox");
        }

        @Test
        void theQueryProtocolNamesTheActionInItsForm() {
            // The form the AWS CLI v1 and older SDKs send
            // (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html).
            AwsRequest request = new AwsRequest(
                    "sqs",
                    "POST",
                    "/",
                    "",
                    Map.of("content-type", List.of("application/x-www-form-urlencoded; charset=utf-8")),
                    ("Action=ReceiveMessage&QueueUrl=" + URL.replace(":", "%3A").replace("/", "%2F")
                                    + "&MaxNumberOfMessages=10&Version=2012-11-05")
                            .getBytes(StandardCharsets.UTF_8));

            assertThat(table.resolve(request).accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("sqs:ReceiveMessage arn:aws:sqs:us-east-1:000000000000:payment-jobs");
        }

        @Test
        void everyAccessIsOverSecureTransportSoTheTemplatesTlsOnlyDenyDoesNotApply() {
            assertThat(table.resolve(SdkRequests.sqs(
                                    c -> c.deleteMessage(b -> b.queueUrl(URL).receiptHandle("r"))))
                            .accesses())
                    .singleElement()
                    .satisfies(access ->
                            assertThat(access.context()).containsEntry("aws:SecureTransport", List.of("true")));
        }

        @Test
        void listQueuesIsOnNoResource() {
            assertThat(table.resolve(SdkRequests.sqs(c -> c.listQueues())).accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("sqs:ListQueues *");
        }
    }

    @Nested
    class S3 {

        @Test
        void putObjectIsOnTheDecodedKeyOverSecureTransport() {
            Operation operation = table.resolve(SdkRequests.s3(c -> c.putObject(
                    b -> b.bucket("media").key("renditions/p 1/i/thumb.webp"), RequestBody.fromString("x"))));

            assertThat(operation.name()).isEqualTo("PutObject");
            assertThat(operation.accesses()).singleElement().satisfies(access -> {
                assertThat(accessOf(access)).isEqualTo("s3:PutObject arn:aws:s3:::media/renditions/p 1/i/thumb.webp");
                assertThat(access.context()).containsEntry("aws:SecureTransport", List.of("true"));
            });
        }

        @Test
        void headObjectNeedsGetObjectAndHeadBucketListBucket() {
            assertThat(table.resolve(SdkRequests.s3(
                                    c -> c.headObject(b -> b.bucket("media").key("uploads/a"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("s3:GetObject arn:aws:s3:::media/uploads/a");
            assertThat(table.resolve(SdkRequests.s3(c -> c.headBucket(b -> b.bucket("media"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("s3:ListBucket arn:aws:s3:::media");
        }

        @Test
        void listObjectsV2IsListBucketWithTheS3PrefixKey() {
            Operation operation = table.resolve(
                    SdkRequests.s3(c -> c.listObjectsV2(b -> b.bucket("media").prefix("models/"))));

            assertThat(operation.name()).isEqualTo("ListObjectsV2");
            assertThat(operation.accesses()).singleElement().satisfies(access -> {
                assertThat(accessOf(access)).isEqualTo("s3:ListBucket arn:aws:s3:::media");
                assertThat(access.context()).containsEntry("s3:prefix", List.of("models/"));
            });
        }

        @Test
        void bucketSubresourcesNeedTheirOwnActions() {
            assertThat(table.resolve(SdkRequests.s3(c -> c.putBucketCors(b -> b.bucket("media")
                                    .corsConfiguration(cc -> cc.corsRules(
                                            r -> r.allowedMethods("PUT").allowedOrigins("*"))))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("s3:PutBucketCORS arn:aws:s3:::media");
            assertThat(table.resolve(SdkRequests.s3(c -> c.putBucketNotificationConfiguration(b -> b.bucket("media")
                                    .notificationConfiguration(n -> n.eventBridgeConfiguration(e -> {})))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("s3:PutBucketNotification arn:aws:s3:::media");
            assertThat(table.resolve(SdkRequests.s3(c -> c.listBuckets())).accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("s3:ListAllMyBuckets *");
        }

        @Test
        void deletingABucketPolicyHasItsOwnActionButDeletingCorsNeedsPutBucketCors() {
            assertThat(table.resolve(SdkRequests.s3(c -> c.deleteBucketPolicy(b -> b.bucket("media"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("s3:DeleteBucketPolicy arn:aws:s3:::media");
            assertThat(table.resolve(SdkRequests.s3(c -> c.deleteBucketCors(b -> b.bucket("media"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("s3:PutBucketCORS arn:aws:s3:::media");
        }

        @Test
        void copyObjectReadsItsSourceAndWritesItsTarget() {
            assertThat(table.resolve(SdkRequests.s3(c -> c.copyObject(b -> b.sourceBucket("media")
                                    .sourceKey("uploads/a")
                                    .destinationBucket("media")
                                    .destinationKey("renditions/a"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly(
                            "s3:PutObject arn:aws:s3:::media/renditions/a",
                            "s3:GetObject arn:aws:s3:::media/uploads/a");
        }

        @Test
        void deleteObjectsNeedsDeleteObjectOnEachKey() {
            assertThat(table.resolve(SdkRequests.s3(c -> c.deleteObjects(
                                    b -> b.bucket("media").delete(d -> d.objects(o -> o.key("a&b"), o -> o.key("c"))))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("s3:DeleteObject arn:aws:s3:::media/a&b", "s3:DeleteObject arn:aws:s3:::media/c");
        }
    }

    @Nested
    class EventBridge {

        @Test
        void putEventsAsksOnceForEachBusItsEntriesName() {
            Operation operation = table.resolve(SdkRequests.events(c -> c.putEvents(b -> b.entries(
                    e -> e.eventBusName("tandem").source("s").detailType("d").detail("{}"),
                    e -> e.eventBusName("arn:aws:events:us-east-1:000000000000:event-bus/tandem")
                            .source("s")
                            .detailType("d")
                            .detail("{}"),
                    e -> e.source("s").detailType("d").detail("{}")))));

            assertThat(operation.accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly(
                            "events:PutEvents arn:aws:events:us-east-1:000000000000:event-bus/tandem",
                            "events:PutEvents arn:aws:events:us-east-1:000000000000:event-bus/default");
        }

        @Test
        void ruleOperationsAreOnTheRuleOfItsBus() {
            assertThat(table.resolve(SdkRequests.events(
                                    c -> c.putRule(b -> b.name("orders").eventBusName("tandem"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("events:PutRule arn:aws:events:us-east-1:000000000000:rule/tandem/orders");
            assertThat(table.resolve(SdkRequests.events(c -> c.listTargetsByRule(b -> b.rule("uploads"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("events:ListTargetsByRule arn:aws:events:us-east-1:000000000000:rule/uploads");
            assertThat(table.resolve(SdkRequests.events(c -> c.listEventBuses(b -> {})))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("events:ListEventBuses *");
        }
    }

    @Nested
    class CloudWatch {

        @Test
        void putMetricDataCarriesItsNamespace() {
            Operation operation = table.resolve(SdkRequests.cloudWatch(c -> c.putMetricData(b -> b.namespace("Tandem")
                    .metricData(d -> d.metricName("OrdersPlaced").value(1.0).unit(StandardUnit.COUNT)))));

            assertThat(operation.name()).isEqualTo("PutMetricData");
            assertThat(operation.accesses()).singleElement().satisfies(access -> {
                assertThat(accessOf(access)).isEqualTo("cloudwatch:PutMetricData *");
                assertThat(access.context()).containsEntry("cloudwatch:namespace", List.of("Tandem"));
            });
        }
    }

    @Nested
    class Lambda {

        @Test
        void invokeIsInvokeFunctionOnTheQualifiedFunction() {
            Operation operation = table.resolve(SdkRequests.lambda(c -> c.invoke(b ->
                    b.functionName("payment-processor").qualifier("live").payload(SdkBytes.fromUtf8String("{}")))));

            assertThat(operation.name()).isEqualTo("Invoke");
            assertThat(operation.accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly(
                            "lambda:InvokeFunction arn:aws:lambda:us-east-1:000000000000:function:payment-processor:live");
        }

        @Test
        void aFunctionMayBeNamedByItsArn() {
            assertThat(table.resolve(SdkRequests.lambda(c -> c.getFunction(
                                    b -> b.functionName("arn:aws:lambda:us-east-1:000000000000:function:resizer"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("lambda:GetFunction arn:aws:lambda:us-east-1:000000000000:function:resizer");
            assertThat(table.resolve(SdkRequests.lambda(
                                    c -> c.publishVersion(b -> b.functionName("000000000000:function:resizer"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("lambda:PublishVersion arn:aws:lambda:us-east-1:000000000000:function:resizer");
        }

        @Test
        void listingAndMappingOperations() {
            assertThat(table.resolve(SdkRequests.lambda(c -> c.listFunctions())).accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly("lambda:ListFunctions *");
            Operation create = table.resolve(SdkRequests.lambda(c -> c.createEventSourceMapping(
                    b -> b.functionName("resizer").eventSourceArn("arn:aws:sqs:us-east-1:000000000000:image-jobs"))));
            assertThat(create.accesses()).singleElement().satisfies(access -> {
                assertThat(accessOf(access)).isEqualTo("lambda:CreateEventSourceMapping *");
                assertThat(access.context())
                        .containsEntry(
                                "lambda:FunctionArn",
                                List.of("arn:aws:lambda:us-east-1:000000000000:function:resizer"));
            });
            assertThat(table.resolve(SdkRequests.lambda(c -> c.getEventSourceMapping(b -> b.uuid("u-1"))))
                            .accesses())
                    .extracting(OperationTableTest::accessOf)
                    .containsExactly(
                            "lambda:GetEventSourceMapping arn:aws:lambda:us-east-1:000000000000:event-source-mapping:u-1");
        }
    }

    @Test
    void getCallerIdentityNeedsNoPermissionAndOtherQueryCallsAreNamedByTheirAction() {
        assertThat(table.resolve(form("sts", "Action=GetCallerIdentity&Version=2011-06-15")))
                .isEqualTo(new Operation("sts", "GetCallerIdentity", List.of()));
        assertThat(table.resolve(form("sts", "Action=AssumeRole&Version=2011-06-15"))
                        .accesses())
                .extracting(OperationTableTest::accessOf)
                .containsExactly("sts:AssumeRole *");
    }

    private static AwsRequest form(String service, String body) {
        return new AwsRequest(
                service,
                "POST",
                "/",
                "",
                Map.of("content-type", List.of("application/x-www-form-urlencoded")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownRequestIsAnAccessToEverythingUnderItsPrefixNeverAnException() {
        AwsRequest request = new AwsRequest(
                "dynamodb",
                "POST",
                "/",
                "",
                Map.of("x-amz-target", List.of("DynamoDB_20120810.Frobnicate")),
                "not json".getBytes(StandardCharsets.UTF_8));

        assertThat(table.resolve(request).accesses())
                .extracting(OperationTableTest::accessOf)
                .containsExactly("dynamodb:Frobnicate *");
        assertThat(table.resolve(new AwsRequest("kinesis", "POST", "/", "", Map.of(), new byte[0]))
                        .accesses())
                .extracting(OperationTableTest::accessOf)
                .containsExactly("kinesis:Unknown *");
    }
}
