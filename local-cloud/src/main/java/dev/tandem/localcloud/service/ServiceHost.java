package dev.tandem.localcloud.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the catalog service the way an EC2 instance does: {@code java -jar} on the asset jar, with
 * the user data's environment plus what local-cloud adds ({@code AWS_ENDPOINT_URL}, credentials, the admin token
 * and the HTTP port). Its output is forwarded line by line, prefixed with its name.
 */
public final class ServiceHost implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceHost.class);
    private static final String NAME = "ec2-backend";

    private final Process process;
    private final URI baseUri;

    private ServiceHost(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /**
     * Starts the service and waits until its readiness endpoint answers UP.
     *
     * @param additions variables to set on top of the definition's, e.g. AWS endpoints
     */
    public static ServiceHost start(
            ServiceDefinition service, Map<String, String> additions, int port, Duration readinessTimeout) {
        Map<String, String> environment = new HashMap<>(service.environment());
        environment.putAll(additions);
        environment.put("SERVER_PORT", Integer.toString(port));
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-XX:TieredStopAtLevel=1",
                "-jar",
                service.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Instant started = Instant.now();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + NAME, e);
        }
        forwardOutput(process.getInputStream());
        ServiceHost host = new ServiceHost(process, URI.create("http://localhost:" + port));
        host.awaitReady(readinessTimeout);
        log.info(
                "{} ready in {} ms on {}",
                NAME,
                Duration.between(started, Instant.now()).toMillis(),
                host.baseUri);
        return host;
    }

    public URI baseUri() {
        return baseUri;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(baseUri.resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(NAME + " exited with code " + process.exitValue()
                        + " before it was ready; its log lines above say why");
            }
            try {
                HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Spring is still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + NAME, e);
            }
            pause();
        }
        close();
        throw new IllegalStateException(NAME + " was not ready within " + timeout.toSeconds() + " s");
    }

    private static void pause() {
        try {
            // Polling a local port: a short, fixed interval is all the back-off this needs.
            Thread.sleep(Duration.ofMillis(250));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void forwardOutput(InputStream output) {
        Thread.ofVirtual().name(NAME + "-output").start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> System.out.println("[" + NAME + "] " + line));
            } catch (IOException | UncheckedIOException closed) {
                // The process ended and its output closed.
            }
        });
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops the service (SIGTERM, then SIGKILL after 10 s) and everything it started. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
