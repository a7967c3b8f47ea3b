package dev.tandem.localcloud.edge;

import dev.tandem.localcloud.edge.authorization.Authorizer;
import dev.tandem.localcloud.edge.authorization.OperationResolver;
import dev.tandem.localcloud.edge.calls.CallListener;
import dev.tandem.localcloud.edge.errors.ErrorShapes;
import dev.tandem.localcloud.edge.fault.Fault;
import dev.tandem.localcloud.edge.fault.FaultSource;
import dev.tandem.localcloud.edge.pipeline.CallPipeline;
import dev.tandem.localcloud.edge.pipeline.EdgeRouter;
import dev.tandem.localcloud.edge.pipeline.TransparentProxy;
import dev.tandem.localcloud.edge.sigv4.AccessKeys;
import dev.tandem.localcloud.edge.sigv4.SigV4Verifier;
import dev.tandem.localcloud.iam.policy.Principal;
import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One endpoint for every AWS API local-cloud emulates, as LocalStack and Floci have: a Jetty server on 127.0.0.1
 * that checks each request's Signature Version 4 signature, finds the principal its access key stands for, and
 * passes it on to the emulator its credential scope's service names ({@code s3}, {@code sqs}, {@code dynamodb},
 * {@code events}, {@code monitoring}, {@code lambda}). On the way, IAM ({@link #authorizer}), a fault drill
 * ({@link #faults}) and the call trail ({@link #addListener}) have their say; each can be plugged in while the edge
 * runs. Paths under {@code /_tandem/} are local-cloud's own control APIs ({@link #control}).
 *
 * <p>A refused call is answered in the service's own error shape ({@link ErrorShapes}), so SDK clients raise the
 * exception AWS would make them raise.
 */
public final class Edge implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final EdgeRouter router;
    private final CallPipeline pipeline;
    private final AccessKeys accessKeys;

    private Edge(Server server, ServerConnector connector, EdgeRouter router, CallPipeline pipeline, AccessKeys keys) {
        this.server = server;
        this.connector = connector;
        this.router = router;
        this.pipeline = pipeline;
        this.accessKeys = keys;
    }

    /**
     * Starts the edge on {@code port} of 127.0.0.1 (0 for a free one), with no routes yet.
     *
     * @param region the only region signatures may be scoped to
     * @param accessKeys the keys it accepts, and whom each stands for
     */
    public static Edge start(int port, String region, AccessKeys accessKeys) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(transparentHttp()));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        TransparentProxy proxy = new TransparentProxy();
        CallPipeline pipeline =
                new CallPipeline(new SigV4Verifier(accessKeys, region, Clock.systemUTC()), proxy, Clock.systemUTC());
        EdgeRouter router = new EdgeRouter(proxy, pipeline);
        server.setHandler(router);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the edge on port " + port, e);
        }
        return new Edge(server, connector, router, pipeline, accessKeys);
    }

    /** Where every AWS API answers: {@code AWS_ENDPOINT_URL}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    public AccessKeys accessKeys() {
        return accessKeys;
    }

    /** Sends the calls whose credential scope names {@code service} to the emulator at {@code target}. */
    public void route(String service, URI target) {
        router.route(service, target);
    }

    /**
     * Lets {@code handler} answer the requests whose path starts with {@code pathPrefix}, which must start with
     * {@code /_tandem/}; the longest matching prefix wins. These requests are not signed and not checked: they are
     * local-cloud's own controls, on loopback only. The edge starts and stops the handler.
     */
    public void control(String pathPrefix, Handler handler) {
        if (!pathPrefix.startsWith(EdgeRouter.CONTROL_PREFIX)) {
            throw new IllegalArgumentException("control paths start with " + EdgeRouter.CONTROL_PREFIX);
        }
        router.control(pathPrefix, handler);
    }

    /** Names each call's operation and the accesses it asks for; by default from the request alone, on {@code *}. */
    public void resolver(OperationResolver resolver) {
        pipeline.resolver(resolver);
    }

    /** Decides each call; {@link Authorizer#ALLOW_ALL} by default. */
    public void authorizer(Authorizer authorizer) {
        pipeline.authorizer(authorizer);
    }

    /** Says which faults to inject into each call; {@link FaultSource#NONE} by default. */
    public void faults(FaultSource faults) {
        pipeline.faults(faults);
    }

    /** Kills the process of a caller that a {@link Fault.Crash} names: the function host knows its functions' JVMs. */
    public void crashHandler(Consumer<Principal> crashHandler) {
        pipeline.crashHandler(crashHandler);
    }

    /** Is told of every call once it is answered, after those added before it. */
    public void addListener(CallListener listener) {
        pipeline.listeners().add(listener);
    }

    public void removeListener(CallListener listener) {
        pipeline.listeners().remove(listener);
    }

    /** Lenient HTTP, as S3Proxy's own: the edge must accept and pass on what the emulators would. */
    private static HttpConfiguration transparentHttp() {
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setHttpCompliance(HttpCompliance.LEGACY);
        configuration.setUriCompliance(UriCompliance.LEGACY);
        // Keep header values as sent (e.g. charset=UTF-8 in a signed Content-Type), or signatures break.
        configuration.setHeaderCacheCaseSensitive(true);
        configuration.setSendServerVersion(false);
        // Leave form-encoded bodies alone: SQS's Query calls are signed over them as sent.
        configuration.setFormEncodedMethods();
        configuration.setRequestHeaderSize(64 * 1024);
        return configuration;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the edge", e);
        }
    }
}
