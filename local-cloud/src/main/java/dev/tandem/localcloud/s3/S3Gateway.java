package dev.tandem.localcloud.s3;

import java.net.URI;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The S3 endpoint behind local-cloud's edge: a Jetty server on a free loopback port that answers the requests S3Proxy cannot (see
 * {@link CorsHandler}, {@link BucketCorsHandler} and {@link BucketNotificationHandler}) and passes every other
 * request through to S3Proxy unchanged.
 *
 * <p>"Unchanged" matters because S3Proxy decodes what the client signed (aws-chunked bodies, presigned URLs' query
 * parameters) as it was signed, including {@code Host}. So the proxy keeps the client's {@code Host}, adds no {@code Via} or
 * {@code Forwarded} headers and no {@code User-Agent}, and reads headers case-sensitively (Jetty would otherwise
 * normalise e.g. {@code charset=UTF-8} to {@code charset=utf-8} in a {@code Content-Type} the client signed).
 */
final class S3Gateway implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private S3Gateway(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the gateway.
     *
     * @param front what sees each request first; it passes on what it does not answer to {@link #proxyTo(int)}
     */
    static S3Gateway start(Handler front) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(transparentHttp()));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(front);
        server.start();
        return new S3Gateway(server, connector);
    }

    /** A handler that forwards each request to S3Proxy on loopback, keeping everything the signature covers. */
    static Handler proxyTo(int s3ProxyPort) {
        return new ProxyHandler.Reverse(request -> HttpURI.build(request.getHttpURI())
                .scheme("http")
                .host("127.0.0.1")
                .port(s3ProxyPort)) {
            @Override
            protected void addProxyHeaders(Request clientToProxy, org.eclipse.jetty.client.Request proxyToServer) {
                // Deliberately none: the request should reach S3Proxy as the client signed it.
            }

            @Override
            protected void configureHttpClient(HttpClient httpClient) {
                super.configureHttpClient(httpClient);
                httpClient.setUserAgentField(null);
            }
        };
    }

    /** The HTTP settings S3Proxy itself uses, so that the gateway accepts and passes on what S3Proxy would. */
    private static HttpConfiguration transparentHttp() {
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setHttpCompliance(HttpCompliance.LEGACY);
        configuration.setUriCompliance(UriCompliance.LEGACY);
        configuration.setHeaderCacheCaseSensitive(true);
        configuration.setSendServerVersion(false);
        // Leave form-encoded bodies alone: for S3 they are object content, not parameters.
        configuration.setFormEncodedMethods();
        return configuration;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the S3 gateway", e);
        }
    }
}
