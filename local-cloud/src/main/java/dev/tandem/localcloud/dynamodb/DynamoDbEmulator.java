package dev.tandem.localcloud.dynamodb;

import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;

/**
 * DynamoDB, served in-process by AWS's DynamoDB Local, in memory, on a free loopback port.
 *
 * <p>DynamoDB Local's own launcher ({@code ServerRunner}) binds every network interface and reports telemetry. This
 * class instead runs DynamoDB Local's request handler in a Jetty server of its own that listens on 127.0.0.1 only,
 * and so never loads the telemetry. It uses one shared database: tables do not depend on the caller's access key or
 * region, which keeps a child process with other credentials from seeing an empty database.
 */
public final class DynamoDbEmulator implements AutoCloseable {

    private final Server server;
    private final LocalDynamoDBServerHandler handler;
    private final URI endpoint;

    private DynamoDbEmulator(Server server, LocalDynamoDBServerHandler handler, URI endpoint) {
        this.server = server;
        this.handler = handler;
        this.endpoint = endpoint;
    }

    public static DynamoDbEmulator start() {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        LocalDynamoDBServerHandler handler;
        try {
            handler = new LocalDynamoDBServerHandler(inMemorySharedDatabase(), null);
            server.setHandler(new ContextHandler(handler, "/"));
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start DynamoDB Local", e);
        }
        return new DynamoDbEmulator(server, handler, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
    }

    private static LocalDynamoDBRequestHandler inMemorySharedDatabase() throws Exception {
        boolean inMemory = true;
        boolean sharedDb = true;
        boolean delayTransientStatuses = false;
        // The leading 0 and the absent database path are what DynamoDB Local's own launcher passes for -inMemory.
        return new LocalDynamoDBRequestHandler(0, inMemory, null, sharedDb, delayTransientStatuses);
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop DynamoDB Local", e);
        } finally {
            handler.close();
        }
    }
}
