package dev.tandem.functions.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs each deployment jar on its own, as Lambda would: a fresh JVM with only the jar and the
 * runtime's event serializer on its class path, configured through environment variables alone,
 * against local-cloud. A shaded jar that lacks a class fails at runtime, not at build time; this
 * is where it would.
 */
@ExtendWith(LocalAwsExtension.class)
class DeploymentJarIT {

    private static final Path TARGET = Path.of("target");

    @TempDir
    Path events;

    @Test
    void imageResizerJarRendersAnUploadAndPublishesTheResult(
            LocalAws aws, S3Client s3, EventBridgeClient eventBridge, SqsClient sqs) throws Exception {
        String bucket = "tandem-media-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(request -> request.bucket(bucket));
        ResultQueue results = ResultQueue.create(eventBridge, sqs, "tandem.images");
        byte[] photo = Files.readAllBytes(Path.of("src/test/resources/images/cmyk.jpg"));
        s3.putObject(
                request -> request.bucket(bucket).key("uploads/prd-mug/img-01JD4X9T2M"), RequestBody.fromBytes(photo));
        String event = LambdaFixtures.json("s3-object-created.json").replace("tandem-media-111122223333", bucket);

        Run run = launch(
                "image-resizer.jar",
                "dev.tandem.functions.images.ImageResizerHandler",
                event,
                environment(aws, Map.of("BUCKET_NAME", bucket, "EVENT_BUS_NAME", results.busName())));

        assertThat(run.failedMessageIds()).isEmpty();
        assertThat(results.awaitResult(ResultQueue.detail("imageId", "img-01JD4X9T2M"))
                        .detailType())
                .isEqualTo("ImageProcessed");
        assertThat(s3.listObjectsV2(request -> request.bucket(bucket).prefix("renditions/"))
                        .keyCount())
                .isEqualTo(3);
        assertThat(run.logLines()).anySatisfy(line -> {
            assertThat(line.path("function").asString()).isEqualTo("image-resizer");
            assertThat(line.path("correlationId").asString()).isEqualTo("img-01JD4X9T2M");
        });
    }

    @Test
    void paymentProcessorJarChargesTheOrdersOfABatchAndFailsOnlyItsMalformedRecord(
            LocalAws aws, DynamoDbClient dynamoDb, EventBridgeClient eventBridge, SqsClient sqs) throws Exception {
        String table = "payments-jar-" + UUID.randomUUID().toString().substring(0, 8);
        dynamoDb.createTable(request -> request.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        definition -> definition.attributeName("orderId").attributeType(ScalarAttributeType.S))
                .keySchema(key -> key.attributeName("orderId").keyType(KeyType.HASH)));
        ResultQueue results = ResultQueue.create(eventBridge, sqs, "tandem.payments");

        Run run = launch(
                "payment-processor.jar",
                "dev.tandem.functions.payments.PaymentProcessorHandler",
                LambdaFixtures.json("batch-with-malformed-record.json"),
                environment(aws, Map.of("IDEMPOTENCY_TABLE_NAME", table, "EVENT_BUS_NAME", results.busName())));

        assertThat(run.failedMessageIds()).containsExactly("a1c4e7f0-2222-4c2b-8d3e-000000000002");
        assertThat(results.awaitResult(ResultQueue.detail("orderId", "ord-01JD5A0001"))
                        .detailType())
                .isEqualTo("PaymentSucceeded");
        assertThat(results.awaitResult(ResultQueue.detail("orderId", "ord-01JD5A0003"))
                        .detailType())
                .isEqualTo("PaymentFailed");
        assertThat(run.logLines())
                .anySatisfy(line -> {
                    assertThat(line.path("messageId").asString()).isEqualTo("a1c4e7f0-2222-4c2b-8d3e-000000000002");
                    assertThat(line.path("error").asString()).contains("orderId");
                })
                .anySatisfy(line ->
                        assertThat(line.path("correlationId").asString()).isEqualTo("req-batch-1"));
    }

    private static Map<String, String> environment(LocalAws aws, Map<String, String> function) {
        Map<String, String> environment = new HashMap<>(aws.environment());
        environment.putAll(function);
        return environment;
    }

    private Run launch(String jar, String handler, String event, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path eventFile = Files.writeString(events.resolve(UUID.randomUUID() + ".json"), event);
        String classPath = String.join(
                File.pathSeparator,
                TARGET.resolve(jar).toString(),
                Path.of(LambdaEventSerializers.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .getPath())
                        .toString(),
                TARGET.resolve("test-classes").toString());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classPath,
                        DeploymentJarLauncher.class.getName(),
                        handler,
                        eventFile.toString())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("exit status; output:%n%s", output).isZero();
        return new Run(output.strip().lines().toList());
    }

    private record Run(List<String> lines) {

        List<String> failedMessageIds() {
            JsonNode response = JsonMapper.shared().readTree(lines.getLast());
            List<String> ids = new ArrayList<>();
            response.path("batchItemFailures")
                    .forEach(failure -> ids.add(failure.path("itemIdentifier").asString()));
            return ids;
        }

        List<JsonNode> logLines() {
            return lines.subList(0, lines.size() - 1).stream()
                    .filter(line -> line.startsWith("{"))
                    .map(line -> JsonMapper.shared().readTree(line))
                    .toList();
        }
    }
}
