package dev.tandem.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driver against a tiny HTTP server on loopback, whose latency the test sets. */
class LoadDriverTest {

    private HttpServer server;
    private ShopApi api;
    private final AtomicInteger served = new AtomicInteger();
    private final LoadDriver driver = new LoadDriver(new Progress(new PrintStream(new ByteArrayOutputStream()), false));

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fast", exchange -> {
            served.incrementAndGet();
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes());
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            served.incrementAndGet();
            sleep(200);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        api = new ShopApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "token");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void keepsTheScheduledRate() {
        LatencySummary fast = driver.openLoop(
                        "fast",
                        RateProfile.constant(200),
                        Duration.ofSeconds(2),
                        () -> new Request("fast", () -> api.get("/fast")))
                .get("fast");

        assertThat(fast.count()).isBetween(380L, 420L);
        assertThat(fast.throughput()).isCloseTo(200, within(20.0));
        assertThat(fast.errors()).isZero();
    }

    @Test
    void sendsOnScheduleWhileEarlierRequestsAreStillWaiting() {
        // Each answer takes 200 ms; a driver that waited for it would manage 10 in 2 s from one client.
        LatencySummary slow = driver.openLoop(
                        "slow",
                        RateProfile.constant(50),
                        Duration.ofSeconds(2),
                        () -> new Request("slow", () -> api.get("/slow")))
                .get("slow");

        assertThat(slow.count()).isBetween(95L, 105L);
        assertThat(slow.p50()).isBetween(200.0, 400.0);
        assertThat(slow.max()).isLessThan(1500.0);
    }

    @Test
    void countsAnswersThatAreNotSuccessesAsErrors() {
        Map<String, LatencySummary> summaries = driver.openLoop(
                "missing",
                RateProfile.constant(50),
                Duration.ofMillis(500),
                () -> new Request("missing", () -> api.get("/missing")));

        assertThat(summaries.get("missing").count()).isZero();
        assertThat(summaries.get("missing").errors()).isBetween(20L, 30L);
    }

    @Test
    void followsASpikyProfile() {
        // 20 a second with a 0.5 s burst of 10× every second: (0.5 × 200 + 0.5 × 20) = 110 a second.
        LatencySummary spiky = driver.openLoop(
                        "spiky",
                        RateProfile.spiky(20, 10, 1, 0.5),
                        Duration.ofSeconds(2),
                        () -> new Request("fast", () -> api.get("/fast")))
                .get("fast");

        assertThat(spiky.count()).isBetween(200L, 240L);
    }

    @Test
    void saturatesWithAFixedNumberOfClients() {
        LatencySummary slow =
                driver.saturate("slow", 4, Duration.ofSeconds(1), new Request("slow", () -> api.get("/slow")));

        // Four clients, 200 ms each: about 5 answers a second each, 20 in all.
        assertThat(slow.count()).isBetween(16L, 24L);
        assertThat(slow.p50()).isBetween(200.0, 300.0);
    }

    @Test
    void takesNearestRankPercentiles() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 100 - i;
        }

        LatencySummary summary = LatencySummary.of("x", values, 0, 0, 10);

        assertThat(summary.p50()).isEqualTo(50);
        assertThat(summary.p95()).isEqualTo(95);
        assertThat(summary.p99()).isEqualTo(99);
        assertThat(summary.max()).isEqualTo(100);
        assertThat(summary.throughput()).isEqualTo(10);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
