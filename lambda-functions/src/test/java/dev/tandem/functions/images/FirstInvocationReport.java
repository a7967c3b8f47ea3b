package dev.tandem.functions.images;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.tandem.functions.platform.DeploymentJarLauncher;
import dev.tandem.functions.platform.LambdaFixtures;
import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.LocalAwsClients;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The benchmark's end-to-end cold start: each deployment jar in a fresh JVM, handling one event
 * against local-cloud, from handler construction through its first invocation (for the resizer:
 * S3 GET of the 12 MP upload, render, three S3 PUTs, PutEvents).
 */
final class FirstInvocationReport {

    private FirstInvocationReport() {}

    static void print(Path target, Path camera, Path work) throws Exception {
        System.out.println("First invocation in a fresh JVM, against local-cloud on this machine:");
        try (LocalAws aws = LocalAws.start();
                LocalAwsClients clients = LocalAwsClients.connectTo(aws)) {
            clients.s3().createBucket(request -> request.bucket("tandem-media-benchmark"));
            clients.s3()
                    .putObject(
                            request -> request.bucket("tandem-media-benchmark").key("uploads/prd-mug/img-01JD4X9T2M"),
                            RequestBody.fromFile(camera));
            clients.eventBridge().createEventBus(request -> request.name("tandem"));
            clients.dynamoDb().createTable(request -> request.tableName("tandem-payments-idempotency")
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(
                            definition -> definition.attributeName("orderId").attributeType(ScalarAttributeType.S))
                    .keySchema(key -> key.attributeName("orderId").keyType(KeyType.HASH)));
            Map<String, String> environment = new HashMap<>(aws.environment());
            environment.putAll(Map.of(
                    "BUCKET_NAME", "tandem-media-benchmark",
                    "EVENT_BUS_NAME", "tandem",
                    "IDEMPOTENCY_TABLE_NAME", "tandem-payments-idempotency"));
            String upload = LambdaFixtures.json("s3-object-created.json")
                    .replace("tandem-media-111122223333", "tandem-media-benchmark");
            report(target, "image-resizer", ImageResizerHandler.class.getName(), upload, environment, work);
            report(
                    target,
                    "payment-processor",
                    "dev.tandem.functions.payments.PaymentProcessorHandler",
                    LambdaFixtures.json("order-placed.json"),
                    environment,
                    work);
        }
        System.out.println();
    }

    private static void report(
            Path target, String function, String handler, String event, Map<String, String> environment, Path work)
            throws IOException, InterruptedException {
        Path eventFile = Files.writeString(work.resolve(function + "-event.json"), event);
        String classPath = String.join(
                File.pathSeparator,
                target.resolve(function + ".jar").toString(),
                Path.of(LambdaEventSerializers.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .getPath())
                        .toString(),
                target.resolve("test-classes").toString());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        ColdStartReport.FUNCTION_HEAP,
                        "-cp",
                        classPath,
                        DeploymentJarLauncher.class.getName(),
                        handler,
                        eventFile.toString())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip()
                .lines()
                .toList();
        double wall = (System.nanoTime() - start) / 1e6;
        String timings = lines.get(lines.size() - 2);
        if (process.waitFor() != 0
                || !timings.startsWith("timings ")
                || !lines.getLast().contains("[]")) {
            throw new IOException(function + " did not handle its event:\n" + String.join("\n", lines));
        }
        String[] millis = timings.split(" ");
        System.out.printf(
                "  %-17s handler constructed in %5.0f ms, first invocation %5.0f ms; JVM launch to exit %5.0f ms%n",
                function, Double.parseDouble(millis[1]), Double.parseDouble(millis[2]), wall);
    }
}
