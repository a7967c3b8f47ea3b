package dev.tandem.localcloud.s3;

import dev.tandem.localcloud.eventbridge.routing.EventEntry;
import java.net.URI;
import java.time.Clock;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Handler;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * S3, served in-process by S3Proxy over an in-memory blob store, behind a {@link S3Gateway} on a free loopback
 * port. Requests are path-style ({@code http://127.0.0.1:port/bucket/key}). Clients reach it through local-cloud's
 * edge, which has checked each request's signature (in the header or presigned) before passing it on; S3Proxy
 * itself checks none, as it knows only one key pair and the edge accepts several.
 *
 * <p>What local-cloud adds to S3Proxy: {@code Get/PutBucketNotificationConfiguration} for EventBridge; for
 * buckets that have it on, an {@code Object Created} event on the default bus for every object created; and {@code
 * Put/Get/DeleteBucketCors}, whose rules browsers' cross-origin requests are then judged by, as on S3 (see {@link
 * CorsHandler}).
 */
public final class S3Emulator implements AutoCloseable {

    private final S3Proxy s3Proxy;
    private final S3Gateway gateway;

    private S3Emulator(S3Proxy s3Proxy, S3Gateway gateway) {
        this.s3Proxy = s3Proxy;
        this.gateway = gateway;
    }

    /**
     * Starts S3.
     *
     * @param eventBus where {@code Object Created} events go: the local EventBridge's default bus
     */
    public static S3Emulator start(String accountId, Consumer<EventEntry> eventBus) {
        Clock clock = Clock.systemUTC();
        BucketNotifications notifications = new BucketNotifications();
        BucketCors cors = new BucketCors();
        EventPublishingBlobStore blobStore = new EventPublishingBlobStore(
                new TransientNio2BlobStore(), notifications, cors, new ObjectCreatedEvents(accountId, clock), eventBus);
        S3Proxy s3Proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .stopTimeout(1_000)
                .build();
        try {
            s3Proxy.start();
            // Each handler answers what it can and passes the rest on, down to S3Proxy.
            Handler toS3Proxy = S3Gateway.proxyTo(s3Proxy.getPort());
            Handler notificationApi =
                    new BucketNotificationHandler(toS3Proxy, notifications, blobStore::containerExists);
            Handler corsApi = new BucketCorsHandler(notificationApi, cors, blobStore::containerExists);
            return new S3Emulator(s3Proxy, S3Gateway.start(new CorsHandler(corsApi, cors, blobStore::containerExists)));
        } catch (Exception e) {
            stopQuietly(s3Proxy, e);
            throw new IllegalStateException("Could not start S3", e);
        }
    }

    public URI endpoint() {
        return gateway.endpoint();
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            try {
                s3Proxy.stop();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop S3Proxy", e);
            }
        }
    }

    private static void stopQuietly(S3Proxy s3Proxy, Exception cause) {
        try {
            s3Proxy.stop();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
