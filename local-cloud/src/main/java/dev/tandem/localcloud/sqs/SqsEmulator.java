package dev.tandem.localcloud.sqs;

import com.typesafe.config.ConfigFactory;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.http.scaladsl.Http;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * SQS, served in-process by ElasticMQ on a free loopback port. ElasticMQ is told the region and account, so that
 * the queue ARNs it reports ({@code arn:aws:sqs:us-east-1:000000000000:name}) are the ones the rest of local-cloud
 * uses; without that it would report the region {@code elasticmq}.
 *
 * <p>ElasticMQ runs on an actor system of local-cloud's own, whose coordinated shutdown is not tied to the JVM's:
 * {@link #close()} stops it, whether from a test or from {@code TandemLocal}'s own shutdown hook, and an actor
 * system that tries to add a JVM hook while the JVM is already shutting down only logs a warning about it.
 */
public final class SqsEmulator implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final ActorSystem actors;
    private final SQSRestServer server;
    private final URI endpoint;

    private SqsEmulator(ActorSystem actors, SQSRestServer server, URI endpoint) {
        this.actors = actors;
        this.server = server;
        this.endpoint = endpoint;
    }

    public static SqsEmulator start(String region, String accountId) {
        ActorSystem actors = ActorSystem.create(
                "local-cloud-sqs",
                ConfigFactory.parseString("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off")
                        .withFallback(ConfigFactory.load()));
        SQSRestServer server = SQSRestServerBuilder.withActorSystem(actors)
                .withInterface("127.0.0.1")
                .withDynamicPort()
                .withAWSRegion(region)
                .withAWSAccountId(accountId)
                .start();
        Http.ServerBinding binding = server.waitUntilStarted();
        return new SqsEmulator(
                actors,
                server,
                URI.create("http://127.0.0.1:" + binding.localAddress().getPort()));
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            server.stopAndWait();
        } finally {
            // ElasticMQ leaves an actor system it was given running; the emulator owns this one.
            actors.terminate();
            actors.getWhenTerminated()
                    .toCompletableFuture()
                    .orTimeout(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .join();
        }
    }
}
