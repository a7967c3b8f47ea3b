package dev.tandem.localcloud.s3;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GetBucketNotificationConfiguration} and {@code PutBucketNotificationConfiguration} ({@code GET}
 * and {@code PUT /bucket?notification}), which S3Proxy does not implement, and passes every other request on.
 *
 * <p>It checks the request's signature itself, as S3Proxy would, then that the bucket exists, and records whether
 * the bucket's events go to EventBridge. A configuration that asks for other destinations (SNS, SQS or Lambda
 * directly) is refused with {@code NotImplemented} rather than accepted and never honoured.
 */
final class BucketNotificationHandler extends Handler.Wrapper {

    private static final Logger log = LoggerFactory.getLogger(BucketNotificationHandler.class);

    private final BucketNotifications notifications;
    private final SigV4Verifier verifier;
    private final Predicate<String> bucketExists;

    BucketNotificationHandler(
            Handler next, BucketNotifications notifications, SigV4Verifier verifier, Predicate<String> bucketExists) {
        super(next);
        this.notifications = notifications;
        this.verifier = verifier;
        this.bucketExists = bucketExists;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Optional<String> bucket = notificationBucket(request);
        if (bucket.isEmpty()) {
            return super.handle(request, response, callback);
        }
        Exchange exchange = new Exchange(request, response, callback, requestId());
        byte[] body = Request.asInputStream(request).readAllBytes();
        Optional<S3Error> refusal = verifier.check(signedRequest(request, body));
        if (refusal.isEmpty() && !bucketExists.test(bucket.get())) {
            refusal = Optional.of(S3Error.NO_SUCH_BUCKET);
        }
        if (refusal.isPresent()) {
            exchange.fail(refusal.get());
            return true;
        }
        switch (request.getMethod()) {
            case "GET" ->
                exchange.respond(NotificationConfiguration.toXml(notifications.eventBridgeEnabled(bucket.get())));
            case "PUT" -> putConfiguration(bucket.get(), body, exchange);
            default -> exchange.fail(S3Error.METHOD_NOT_ALLOWED);
        }
        return true;
    }

    private void putConfiguration(String bucket, byte[] body, Exchange exchange) {
        NotificationConfiguration configuration;
        try {
            configuration = NotificationConfiguration.parse(body);
        } catch (IllegalArgumentException e) {
            exchange.fail(S3Error.MALFORMED_XML);
            return;
        }
        if (!configuration.otherDestinations().isEmpty()) {
            log.warn(
                    "Refused notification configuration for bucket {}: {} not supported",
                    bucket,
                    configuration.otherDestinations());
            exchange.fail(S3Error.NOT_IMPLEMENTED);
            return;
        }
        notifications.setEventBridge(bucket, configuration.eventBridge());
        log.info("Bucket {}: EventBridge notifications {}", bucket, configuration.eventBridge() ? "on" : "off");
        exchange.respond("");
    }

    /** The bucket of a {@code /bucket?notification} request, or empty for any other request. */
    private static Optional<String> notificationBucket(Request request) {
        if (Request.extractQueryParameters(request).get("notification") == null) {
            return Optional.empty();
        }
        String path = request.getHttpURI().getDecodedPath();
        String bucket = path.replaceAll("^/+|/+$", "");
        return bucket.isEmpty() || bucket.contains("/") ? Optional.empty() : Optional.of(bucket);
    }

    private static SignedRequest signedRequest(Request request, byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>())
                    .add(field.getValue());
        }
        String query = request.getHttpURI().getQuery();
        return new SignedRequest(
                request.getMethod(), request.getHttpURI().getPath(), query == null ? "" : query, headers, body);
    }

    /** S3 request ids are sixteen upper-case hex digits. */
    private static String requestId() {
        return HexFormat.of()
                .withUpperCase()
                .toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** One notification request being answered, with S3's request id on every answer. */
    private record Exchange(Request request, Response response, Callback callback, String requestId) {

        void respond(String xml) {
            write(200, xml);
        }

        void fail(S3Error error) {
            write(error.status(), error.toXml(request.getHttpURI().getDecodedPath(), requestId));
        }

        private void write(int status, String xml) {
            response.setStatus(status);
            response.getHeaders().put("x-amz-request-id", requestId);
            if (!xml.isEmpty()) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/xml");
            }
            Content.Sink.write(response, true, xml, callback);
        }
    }
}
