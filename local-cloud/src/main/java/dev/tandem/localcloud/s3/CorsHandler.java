package dev.tandem.localcloud.s3;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Cross-origin access for browsers, which upload straight to S3 with a presigned PUT from a page served by another
 * origin. S3Proxy has no per-bucket CORS ({@code PutBucketCors} answers 501), so this gateway applies one
 * server-wide rule, the one Tandem's bucket declares in its template: methods {@code PUT} and {@code GET}, any
 * origin, request headers {@code content-type} and {@code content-length}, preflight cached for 3000 s. Every
 * bucket on the local S3 therefore behaves as if it had that rule.
 *
 * <p>As on S3, a preflight ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) that the
 * rule allows is answered 200 with the {@code Access-Control-Allow-*} headers, and one it does not allow with 403;
 * a preflight is never signed, so it never reaches S3Proxy. Any other request with an {@code Origin} goes on to
 * S3Proxy, which checks its signature as usual, and its answer carries {@code Access-Control-Allow-Origin} so that
 * the browser lets the page read it.
 */
final class CorsHandler extends Handler.Wrapper {

    static final Set<String> ALLOWED_METHODS = Set.of("PUT", "GET");
    static final Set<String> ALLOWED_HEADERS = Set.of("content-type", "content-length");
    static final int MAX_AGE_SECONDS = 3000;

    CorsHandler(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return super.handle(request, response, callback);
        }
        String requestedMethod = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
        if (HttpMethod.OPTIONS.is(request.getMethod()) && requestedMethod != null) {
            answerPreflight(
                    requestedMethod,
                    request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS),
                    response,
                    callback);
            return true;
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, x-amz-request-id");
        return super.handle(request, response, callback);
    }

    private static void answerPreflight(String method, String headers, Response response, Callback callback) {
        if (!ALLOWED_METHODS.contains(method) || !ALLOWED_HEADERS.containsAll(names(headers))) {
            response.setStatus(403);
            callback.succeeded();
            return;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, method);
        if (headers != null && !headers.isBlank()) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, headers);
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, Integer.toString(MAX_AGE_SECONDS));
        response.getHeaders()
                .put(HttpHeader.VARY, "Origin, Access-Control-Request-Headers, Access-Control-Request-Method");
        callback.succeeded();
    }

    /** The header names of an {@code Access-Control-Request-Headers} list, lower-cased; none for null. */
    private static Set<String> names(String headers) {
        if (headers == null) {
            return Set.of();
        }
        return Arrays.stream(headers.split(","))
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }
}
