package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.localcloud.stack.AwsEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./run-local} as a newcomer runs it, in a JVM of its own: a plain start opens on a shop with products, images
 * and a paid order history by the time the banner prints, and {@code --empty} opens on an empty one. Only on
 * local-cloud, which is what {@code ./run-local} runs by default.
 */
class ShopSeedIT {

    /** A whole start on a 2-core machine shared with other builds, seed included, can take minutes. */
    private static final Duration START = Duration.ofMinutes(6);

    private static final String BANNER = "Tandem is up: ";

    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void onlyOnLocalCloud() {
        assumeTrue(E2eTarget.configured() == E2eTarget.LOCAL, "./run-local's own start runs on local-cloud only");
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : started) {
            // SIGTERM, as Ctrl-C: the launcher stops the service and the function JVMs itself.
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aPlainStartOpensOnASeededShopBeforeTheBannerPrints() {
        Launched tandem = launch("seeded");

        JsonNode products = tandem.api().get("/api/products?limit=100").body().path("items");
        assertThat(products.valueStream().map(p -> p.path("sku").asString()))
                .hasSize(12)
                .contains("TEA-POT", "TEA-CUPS", "CAM-BODY", "CAM-LENS-35", "DESK-PEN", "TOTE-BAG");
        assertThat(products.valueStream()).allSatisfy(product -> {
            assertThat(product.path("images").valueStream().map(i -> i.path("status")
                            .asString()))
                    .as(product.path("sku").asString())
                    .containsExactly("READY");
            assertThat(product.path("images")
                            .path(0)
                            .path("renditions")
                            .valueStream()
                            .map(r -> r.path("name").asString()))
                    .contains("thumbnail", "medium");
        });
        assertThat(orderStatuses(tandem))
                .as("the seed's history, as the orders table holds it")
                .containsEntry("PAID", 46L)
                .containsEntry("PAYMENT_FAILED", 2L)
                .doesNotContainKey("PENDING_PAYMENT");
        assertThat(tandem.linesBeforeBanner())
                .anyMatch(line -> line.startsWith("Seeding the shop: 12 products, 12 images, 48 orders"))
                .anyMatch(line -> line.startsWith("Seeding the shop: done in"));
    }

    @Test
    void emptyStartsOnAnEmptyShop() {
        Launched tandem = launch("empty", "--empty");

        assertThat(tandem.api().get("/api/products").body().path("items").isEmpty())
                .as("the catalog")
                .isTrue();
        assertThat(tandem.linesBeforeBanner()).noneMatch(line -> line.startsWith("Seeding the shop"));
    }

    /** What a launch gave: where its service and its AWS answer, and its output. */
    private record Launched(URI service, URI edge, String adminToken, Path output) {

        TandemApi api() {
            return new TandemApi(service, adminToken);
        }

        List<String> linesBeforeBanner() {
            return lines(output).stream()
                    .takeWhile(line -> !line.startsWith(BANNER))
                    .toList();
        }
    }

    /** Starts {@code TandemLocal} as {@code ./run-local} does, on free ports, and waits for its banner. */
    private Launched launch(String name, String... arguments) {
        Path runDirectory = Path.of("target", "shop-seed-run", name);
        Path output = runDirectory.resolve("output.log");
        String adminToken = "shop-seed-it-" + UUID.randomUUID();
        int httpPort = freePort();
        int edgePort = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.tandem.localcloud.run.TandemLocal",
                "--cdk-out",
                System.getProperty("tandem.cloudAssembly", "../infra/cdk.out")));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .putAll(Map.of(
                        "TANDEM_HTTP_PORT", String.valueOf(httpPort),
                        "TANDEM_LOCAL_PORT", String.valueOf(edgePort),
                        "TANDEM_ADMIN_TOKEN", adminToken,
                        "TANDEM_RUN_DIR", runDirectory.toString()));
        try {
            Files.createDirectories(runDirectory);
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            started.add(process);
            await().atMost(START)
                    .pollInterval(Duration.ofSeconds(1))
                    .failFast("the launcher exited; see " + output.toAbsolutePath(), () -> !process.isAlive())
                    .until(() -> lines(output).stream().anyMatch(line -> line.startsWith(BANNER)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Launched(
                URI.create("http://localhost:" + httpPort),
                URI.create("http://127.0.0.1:" + edgePort),
                adminToken,
                output);
    }

    /** How many orders the orders table holds in each status. */
    private static Map<String, Long> orderStatuses(Launched tandem) {
        AwsAccess aws = AwsAccess.emulated(
                AwsEndpoints.emulator(tandem.edge(), AwsEndpoints.EMULATOR_REGION, AwsEndpoints.EMULATOR_ACCOUNT));
        try (SdkHttpClient http = UrlConnectionHttpClient.create();
                DynamoDbClient dynamoDb =
                        aws.configure(DynamoDbClient.builder(), http).build()) {
            String orders = dynamoDb.listTables().tableNames().stream()
                    .filter(table -> table.contains("TablesOrders"))
                    .findFirst()
                    .orElseThrow();
            return dynamoDb.scanPaginator(scan -> scan.tableName(orders)).items().stream()
                    .map(item -> item.getOrDefault("status", AttributeValue.fromS("none"))
                            .s())
                    .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        }
    }

    private static List<String> lines(Path file) {
        try {
            // Read as it is being written: a line cut in the middle of a character must not fail the read.
            return Files.exists(file)
                    ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                            .lines()
                            .toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
