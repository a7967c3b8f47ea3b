package dev.tandem.localcloud.s3;

import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code PutBucketCors}, {@code GetBucketCors} and {@code DeleteBucketCors} ({@code PUT}, {@code GET} and
 * {@code DELETE /bucket?cors}), which S3Proxy does not implement, and passes every other request on. What it stores
 * is what {@link CorsHandler} applies to browsers' requests.
 *
 * <p>A configuration is checked as S3 checks it. One that is not a {@code CORSConfiguration} of rules that each
 * allow an origin and a method is refused with {@code MalformedXML}; one whose values S3 does not support (a method
 * other than {@code GET}, {@code PUT}, {@code POST}, {@code DELETE} or {@code HEAD}, an origin or allowed header
 * with more than one wildcard, an exposed header with any) with {@code InvalidRequest} and S3's message. Either
 * way, the bucket keeps the configuration it had.
 */
final class BucketCorsHandler extends BucketSubresourceHandler {

    private static final Logger log = LoggerFactory.getLogger(BucketCorsHandler.class);

    private final BucketCors cors;

    BucketCorsHandler(Handler next, BucketCors cors, Predicate<String> bucketExists) {
        super(next, "cors", bucketExists);
        this.cors = cors;
    }

    @Override
    void answer(String method, String bucket, byte[] body, S3Exchange exchange) {
        switch (method) {
            case "GET" ->
                cors.get(bucket)
                        .ifPresentOrElse(
                                configuration -> exchange.respond(configuration.toXml()),
                                () -> exchange.fail(S3Error.NO_SUCH_CORS_CONFIGURATION));
            case "PUT" -> putConfiguration(bucket, body, exchange);
            case "DELETE" -> {
                cors.remove(bucket);
                log.info("Bucket {}: CORS configuration deleted", bucket);
                exchange.noContent();
            }
            default -> exchange.fail(S3Error.METHOD_NOT_ALLOWED);
        }
    }

    private void putConfiguration(String bucket, byte[] body, S3Exchange exchange) {
        CorsConfiguration configuration;
        try {
            configuration = CorsConfiguration.parse(body);
        } catch (IllegalArgumentException e) {
            exchange.fail(S3Error.MALFORMED_XML);
            return;
        }
        Optional<String> invalidity = configuration.invalidity();
        if (invalidity.isPresent()) {
            exchange.fail(S3Error.invalidRequest(invalidity.get()));
            return;
        }
        cors.put(bucket, configuration);
        log.info(
                "Bucket {}: CORS configuration of {} rule(s) set",
                bucket,
                configuration.rules().size());
        exchange.respond("");
    }
}
