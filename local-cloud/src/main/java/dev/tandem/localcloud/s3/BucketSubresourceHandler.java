package dev.tandem.localcloud.s3;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests for one subresource of a bucket ({@code /bucket?notification}, {@code /bucket?cors}) that
 * S3Proxy does not implement, and passes every other request on.
 *
 * <p>A request reaches {@link #answer} only once it has passed the checks S3Proxy would have made: its signature,
 * recomputed by {@link SigV4Verifier} with local-cloud's key pair, and then that the bucket exists. A request that
 * fails either is refused with S3's error, so these requests are no less protected than the ones S3Proxy serves.
 */
abstract class BucketSubresourceHandler extends Handler.Wrapper {

    private final String subresource;
    private final SigV4Verifier verifier;
    private final Predicate<String> bucketExists;

    BucketSubresourceHandler(Handler next, String subresource, SigV4Verifier verifier, Predicate<String> bucketExists) {
        super(next);
        this.subresource = subresource;
        this.verifier = verifier;
        this.bucketExists = bucketExists;
    }

    @Override
    public final boolean handle(Request request, Response response, Callback callback) throws Exception {
        Optional<String> bucket = subresourceBucket(request);
        if (bucket.isEmpty()) {
            return super.handle(request, response, callback);
        }
        S3Exchange exchange = S3Exchange.of(request, response, callback);
        byte[] body = Request.asInputStream(request).readAllBytes();
        Optional<S3Error> refusal = verifier.check(signedRequest(request, body));
        if (refusal.isEmpty() && !bucketExists.test(bucket.get())) {
            refusal = Optional.of(S3Error.NO_SUCH_BUCKET);
        }
        if (refusal.isPresent()) {
            exchange.fail(refusal.get());
        } else {
            answer(request.getMethod(), bucket.get(), body, exchange);
        }
        return true;
    }

    /** Answers a correctly signed request for the subresource of a bucket that exists. */
    abstract void answer(String method, String bucket, byte[] body, S3Exchange exchange);

    /** The bucket of a request for this subresource, or empty for any other request. */
    private Optional<String> subresourceBucket(Request request) {
        if (Request.extractQueryParameters(request).get(subresource) == null) {
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
}
