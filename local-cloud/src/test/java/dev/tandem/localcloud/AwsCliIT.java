package dev.tandem.localcloud;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.TestFunctionJar;
import dev.tandem.localcloud.lambda.api.LambdaApi;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.testfunctions.EchoHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The everyday calls of the AWS CLI, run as a child process against local-cloud, each answer checked: what someone
 * poking at a running local-cloud from a terminal does. Every service is reached through local-cloud's one endpoint,
 * the edge, which checks the CLI's own SigV4 signatures; the Lambda API this test starts is routed there too.
 *
 * <p>Not covered: {@code cloudwatch put-metric-data}. Debian's CLI sends it in the query protocol, and local
 * CloudWatch speaks only the RPC v2 CBOR protocol of today's SDKs.
 */
@ExtendWith(LocalAwsExtension.class)
class AwsCliIT {

    private static final Logger log = LoggerFactory.getLogger(AwsCliIT.class);

    @TempDir
    static Path directory;

    private static LocalAws aws;
    private static AwsCli cli;
    private static FunctionHost functions;
    private static LambdaApi lambdaApi;
    private static final String BUCKET = TestQueue.uniqueName("cli-bucket");
    private static final String TABLE = TestQueue.uniqueName("cli-table");
    private static final String QUEUE = TestQueue.uniqueName("cli-queue");
    private static final String BUS = TestQueue.uniqueName("cli-bus");
    private static final String FUNCTION = TestQueue.uniqueName("cli-echo");
    private static String queueUrl;

    @BeforeAll
    static void start(LocalAws localAws, S3Client s3, SqsClient sqs, DynamoDbClient dynamoDb, EventBridgeClient events)
            throws IOException {
        aws = localAws;
        cli = AwsCli.of(aws.settings(), directory);
        log.info("AWS CLI: {}", cli.version());
        s3.createBucket(request -> request.bucket(BUCKET));
        s3.putObject(request -> request.bucket(BUCKET).key("uploads/p1/i1.txt"), RequestBody.fromString("hello"));
        queueUrl = sqs.createQueue(request -> request.queueName(QUEUE)).queueUrl();
        dynamoDb.createTable(request -> request.tableName(TABLE)
                .keySchema(key -> key.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(attribute -> attribute.attributeName("id").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        dynamoDb.putItem(request -> request.tableName(TABLE)
                .item(Map.of("id", AttributeValue.fromS("p1"), "name", AttributeValue.fromS("Lamp"))));
        events.createEventBus(request -> request.name(BUS));
        events.putRule(request -> request.name("orders").eventBusName(BUS).eventPattern("""
                {"source":["tandem.catalog"]}"""));
        startLambda(sqs);
    }

    private static void startLambda(SqsClient sqs) throws IOException {
        String region = aws.settings().region().id();
        functions = new FunctionHost(FunctionHostSettings.of(region, aws.environment()));
        lambdaApi = LambdaApi.start(functions, sqs, region, aws.settings().accountId());
        aws.edge().route("lambda", lambdaApi.endpoint());
        try (LambdaClient lambda = LambdaClient.builder()
                .region(aws.settings().region())
                .credentialsProvider(
                        StaticCredentialsProvider.create(aws.settings().credentials()))
                .endpointOverride(lambdaApi.endpoint())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            SdkBytes code = SdkBytes.fromByteArray(Files.readAllBytes(TestFunctionJar.buildIn(directory)));
            lambda.createFunction(request -> request.functionName(FUNCTION)
                    .runtime("java25")
                    .role("arn:aws:iam::000000000000:role/" + FUNCTION)
                    .handler(EchoHandler.class.getName())
                    .memorySize(256)
                    .timeout(10)
                    .code(zip -> zip.zipFile(code)));
            lambda.waiter().waitUntilFunctionActiveV2(request -> request.functionName(FUNCTION));
        }
    }

    @AfterAll
    static void stop() {
        lambdaApi.close();
        functions.close();
    }

    @Test
    void s3apiListsBuckets() {
        assertThat(json("s3api", "list-buckets").get("Buckets").valueStream().map(bucket -> bucket.get("Name")
                        .stringValue()))
                .contains(BUCKET);
    }

    @Test
    void s3apiListsObjects() {
        JsonNode listed = json("s3api", "list-objects-v2", "--bucket", BUCKET, "--prefix", "uploads/");

        assertThat(listed.get("Contents")).hasSize(1);
        assertThat(listed.get("Contents").get(0).get("Key").stringValue()).isEqualTo("uploads/p1/i1.txt");
        assertThat(listed.get("Contents").get(0).get("Size").intValue()).isEqualTo(5);
    }

    @Test
    void s3apiGetsAnObjectIntoAFile() throws IOException {
        Path target = directory.resolve("i1.txt");

        JsonNode answer =
                json("s3api", "get-object", "--bucket", BUCKET, "--key", "uploads/p1/i1.txt", target.toString());

        assertThat(answer.get("ContentLength").intValue()).isEqualTo(5);
        assertThat(Files.readString(target)).isEqualTo("hello");
    }

    @Test
    void s3ListsAPrefixLikeADirectory() {
        String listed = cli.run(withEndpoint("s3", "ls", "s3://" + BUCKET + "/uploads/p1/"));

        assertThat(listed).contains("i1.txt").contains(" 5 ");
    }

    @Test
    void sqsListsQueuesAndTheirAttributes() {
        assertThat(json("sqs", "list-queues", "--queue-name-prefix", QUEUE)
                        .get("QueueUrls")
                        .get(0)
                        .stringValue())
                .endsWith("/" + QUEUE);
        JsonNode attributes = json(
                        "sqs", "get-queue-attributes", "--queue-url", queueUrl, "--attribute-names", "QueueArn")
                .get("Attributes");
        assertThat(attributes.get("QueueArn").stringValue()).isEqualTo("arn:aws:sqs:us-east-1:000000000000:" + QUEUE);
    }

    @Test
    void sqsSendsAndReceivesAMessage() {
        String id = json("sqs", "send-message", "--queue-url", queueUrl, "--message-body", "from the CLI")
                .get("MessageId")
                .stringValue();

        JsonNode received = json("sqs", "receive-message", "--queue-url", queueUrl, "--wait-time-seconds", "5")
                .get("Messages")
                .get(0);

        assertThat(received.get("MessageId").stringValue()).isEqualTo(id);
        assertThat(received.get("Body").stringValue()).isEqualTo("from the CLI");
    }

    @Test
    void dynamodbListsAndDescribesTables() {
        assertThat(json("dynamodb", "list-tables")
                        .get("TableNames")
                        .valueStream()
                        .map(JsonNode::stringValue))
                .contains(TABLE);
        JsonNode table =
                json("dynamodb", "describe-table", "--table-name", TABLE).get("Table");
        assertThat(table.get("TableStatus").stringValue()).isEqualTo("ACTIVE");
        assertThat(table.get("KeySchema").get(0).get("AttributeName").stringValue())
                .isEqualTo("id");
    }

    @Test
    void dynamodbScansAndGetsItems() {
        JsonNode scanned = json("dynamodb", "scan", "--table-name", TABLE);
        JsonNode item = json("dynamodb", "get-item", "--table-name", TABLE, "--key", "{\"id\":{\"S\":\"p1\"}}")
                .get("Item");

        assertThat(scanned.get("Count").intValue()).isEqualTo(1);
        assertThat(item.get("name").get("S").stringValue()).isEqualTo("Lamp");
    }

    @Test
    void eventsListsBusesAndRules() {
        assertThat(json("events", "list-event-buses")
                        .get("EventBuses")
                        .valueStream()
                        .map(bus -> bus.get("Name").stringValue()))
                .contains("default", BUS);
        assertThat(json("events", "list-rules", "--event-bus-name", BUS)
                        .get("Rules")
                        .get(0)
                        .get("Name")
                        .stringValue())
                .isEqualTo("orders");
    }

    @Test
    void eventsPutsEvents() {
        JsonNode answer = json(
                "events",
                "put-events",
                "--entries",
                "[{\"Source\":\"tandem.catalog\",\"DetailType\":\"OrderPlaced\",\"Detail\":\"{\\\"orderId\\\":\\\"o-1\\\"}\","
                        + "\"EventBusName\":\"" + BUS + "\"}]");

        assertThat(answer.get("FailedEntryCount").intValue()).isZero();
        assertThat(answer.get("Entries").get(0).get("EventId").stringValue()).isNotBlank();
    }

    @Test
    void eventsTestsAPatternAgainstAnEvent() {
        String event = """
                {"id":"1","detail-type":"OrderPlaced","source":"tandem.catalog","account":"000000000000",
                 "time":"2026-12-03T12:00:00Z","region":"us-east-1","resources":[],"detail":{}}""";

        assertThat(json(
                                "events",
                                "test-event-pattern",
                                "--event-pattern",
                                "{\"source\":[\"tandem.catalog\"]}",
                                "--event",
                                event)
                        .get("Result")
                        .booleanValue())
                .isTrue();
        assertThat(json(
                                "events",
                                "test-event-pattern",
                                "--event-pattern",
                                "{\"source\":[\"tandem.payments\"]}",
                                "--event",
                                event)
                        .get("Result")
                        .booleanValue())
                .isFalse();
    }

    @Test
    void lambdaListsFunctions() {
        assertThat(json("lambda", "list-functions")
                        .get("Functions")
                        .valueStream()
                        .map(function -> function.get("FunctionName").stringValue()))
                .contains(FUNCTION);
    }

    @Test
    void lambdaInvokesAFunction() throws IOException {
        Path answer = directory.resolve("answer.json");

        JsonNode invoked = json(
                "lambda",
                "invoke",
                "--function-name",
                FUNCTION,
                "--cli-binary-format",
                "raw-in-base64-out",
                "--payload",
                "{\"ping\":\"pong\"}",
                answer.toString());

        assertThat(invoked.get("StatusCode").intValue()).isEqualTo(200);
        assertThat(invoked.has("FunctionError")).isFalse();
        assertThat(JsonMapper.shared()
                        .readTree(Files.readString(answer))
                        .get("input")
                        .get("ping")
                        .stringValue())
                .isEqualTo("pong");
    }

    private static JsonNode json(String service, String... arguments) {
        return JsonMapper.shared().readTree(cli.run(withEndpoint(service, arguments)));
    }

    private static List<String> withEndpoint(String service, String... arguments) {
        return Stream.of(
                        Stream.of(service),
                        Stream.of(arguments),
                        Stream.of("--endpoint-url", aws.endpoint().toString()))
                .flatMap(part -> part)
                .toList();
    }
}
