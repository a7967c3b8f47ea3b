package dev.tandem.localcloud.s3;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Cross-origin access for browsers, which upload straight to S3 with a presigned PUT from a page served by another
 * origin. As on S3, each request is judged by the CORS configuration of the bucket it addresses, as {@code
 * PutBucketCors} set it (see {@link BucketCorsHandler}); the first of the bucket's rules that admits the request
 * answers it. Requests are path-style, so the bucket is the first segment of the path.
 *
 * <p>A preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) is answered here and
 * never reaches S3Proxy: a browser does not sign it. A rule must admit its origin, the method and every header it
 * names; the answer is then 200 with the rule's {@code Access-Control-Allow-*} headers. Otherwise, or when the bucket
 * has no configuration or does not exist, it is 403 with S3's {@code AccessForbidden} document and no {@code
 * Access-Control-*} headers, and the browser never makes the request it asked about.
 *
 * <p>Any other request with an {@code Origin} goes on, and S3Proxy checks its signature as usual. If a rule admits
 * its origin and method, the answer carries the same headers, {@code Access-Control-Allow-Origin} and the rule's
 * exposed headers among them, so that the browser lets the page read it; if none does, it carries no CORS headers
 * and the page cannot.
 */
final class CorsHandler extends Handler.Wrapper {

    private static final String VARY = "Origin, Access-Control-Request-Headers, Access-Control-Request-Method";

    private final BucketCors cors;
    private final Predicate<String> bucketExists;

    CorsHandler(Handler next, BucketCors cors, Predicate<String> bucketExists) {
        super(next);
        this.cors = cors;
        this.bucketExists = bucketExists;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return super.handle(request, response, callback);
        }
        String requestedMethod = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
        if (HttpMethod.OPTIONS.is(request.getMethod()) && requestedMethod != null) {
            answerPreflight(S3Exchange.of(request, response, callback), origin, requestedMethod);
            return true;
        }
        Target.of(request)
                .bucketName()
                .flatMap(cors::get)
                .flatMap(configuration -> configuration.ruleFor(origin, request.getMethod(), List.of()))
                .ifPresent(rule -> allow(response.getHeaders(), rule, origin));
        return super.handle(request, response, callback);
    }

    private void answerPreflight(S3Exchange exchange, String origin, String method) {
        Request request = exchange.request();
        Optional<String> bucket = Target.of(request).bucketName().filter(bucketExists);
        if (bucket.isEmpty()) {
            refuse(exchange, PreflightRefusal.BUCKET_NOT_FOUND, method);
            return;
        }
        Optional<CorsConfiguration> configuration = cors.get(bucket.get());
        if (configuration.isEmpty()) {
            refuse(exchange, PreflightRefusal.CORS_NOT_ENABLED, method);
            return;
        }
        List<String> requestedHeaders = names(request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS));
        Optional<CorsRule> rule = configuration.get().ruleFor(origin, method, requestedHeaders);
        if (rule.isEmpty()) {
            refuse(exchange, PreflightRefusal.NO_RULE_ADMITS, method);
            return;
        }
        HttpFields.Mutable headers = exchange.response().getHeaders();
        allow(headers, rule.get(), origin);
        if (!requestedHeaders.isEmpty()) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", requestedHeaders));
        }
        exchange.send(200, "");
    }

    /** The headers S3 adds, for preflights and other requests alike, when a rule admits a request. */
    private static void allow(HttpFields.Mutable headers, CorsRule rule, String origin) {
        String allowOrigin = rule.allowOrigin(origin);
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, allowOrigin);
        if (!allowOrigin.equals("*")) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        }
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", rule.allowedMethods()));
        if (!rule.exposeHeaders().isEmpty()) {
            headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", rule.exposeHeaders()));
        }
        rule.maxAgeSeconds()
                .ifPresent(seconds -> headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, Integer.toString(seconds)));
        headers.put(HttpHeader.VARY, VARY);
    }

    private static void refuse(S3Exchange exchange, PreflightRefusal refusal, String method) {
        String resourceType = Target.of(exchange.request()).resourceType();
        exchange.send(PreflightRefusal.STATUS, refusal.toXml(method, resourceType, exchange.requestId()));
    }

    /** What a path-style request addresses: a bucket, its first segment, and maybe an object in it. */
    private record Target(String bucket, String key) {

        static Target of(Request request) {
            String path = request.getHttpURI().getDecodedPath().replaceFirst("^/+", "");
            int slash = path.indexOf('/');
            return slash < 0 ? new Target(path, "") : new Target(path.substring(0, slash), path.substring(slash + 1));
        }

        Optional<String> bucketName() {
            return bucket.isEmpty() ? Optional.empty() : Optional.of(bucket);
        }

        /** How S3's error documents name what a request addressed. */
        String resourceType() {
            return key.isEmpty() ? "BUCKET" : "OBJECT";
        }
    }

    /** The header names of an {@code Access-Control-Request-Headers} list, lower-cased; none for null. */
    private static List<String> names(String headers) {
        if (headers == null) {
            return List.of();
        }
        return Arrays.stream(headers.split(","))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
    }
}
