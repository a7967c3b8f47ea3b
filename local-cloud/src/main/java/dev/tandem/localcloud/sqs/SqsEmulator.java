package dev.tandem.localcloud.sqs;

import java.net.URI;
import org.apache.pekko.http.scaladsl.Http;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * SQS, served in-process by ElasticMQ on a free loopback port. ElasticMQ is told the region and account, so that
 * the queue ARNs it reports ({@code arn:aws:sqs:us-east-1:000000000000:name}) are the ones the rest of local-cloud
 * uses; without that it would report the region {@code elasticmq}.
 */
public final class SqsEmulator implements AutoCloseable {

    private final SQSRestServer server;
    private final URI endpoint;

    private SqsEmulator(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    public static SqsEmulator start(String region, String accountId) {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withDynamicPort()
                .withAWSRegion(region)
                .withAWSAccountId(accountId)
                .start();
        Http.ServerBinding binding = server.waitUntilStarted();
        return new SqsEmulator(
                server, URI.create("http://127.0.0.1:" + binding.localAddress().getPort()));
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
