package dev.tandem.localcloud.s3;

import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests for one subresource of a bucket ({@code /bucket?notification}, {@code /bucket?cors}) that
 * S3Proxy does not implement, and passes every other request on.
 *
 * <p>The edge in front of S3 has checked each request's signature already; a request reaches {@link #answer} only
 * once the bucket exists too, and is refused with S3's {@code NoSuchBucket} otherwise.
 */
abstract class BucketSubresourceHandler extends Handler.Wrapper {

    private final String subresource;
    private final Predicate<String> bucketExists;

    BucketSubresourceHandler(Handler next, String subresource, Predicate<String> bucketExists) {
        super(next);
        this.subresource = subresource;
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
        if (!bucketExists.test(bucket.get())) {
            exchange.fail(S3Error.NO_SUCH_BUCKET);
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
}
