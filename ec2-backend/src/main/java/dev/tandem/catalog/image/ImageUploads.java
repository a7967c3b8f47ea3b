package dev.tandem.catalog.image;

import dev.tandem.catalog.config.TandemProperties;
import dev.tandem.catalog.ids.Ids;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Starts an image upload: records the image as {@code PENDING} on its product, then signs an S3 PUT
 * for {@code uploads/{productId}/{imageId}}. The content type and length are part of the signature,
 * so S3 refuses an upload of another type or size than the one the service agreed to. The bytes go
 * straight from the client to S3; the image-resizer takes it from there.
 *
 * <p>S3's {@code Object Created} event has no room for a correlation id, so the request's id rides
 * on the object itself, as the user metadata {@value #CORRELATION_ID_METADATA}: signed like the
 * type and length, so the client must send it as given, and read back by the image-resizer, which
 * logs under it and puts it on its {@code ImageProcessed} or {@code ImageRejected}. The upload, the
 * resizing and the service's handling of the result then share one id.
 */
@Service
class ImageUploads {

    static final Set<String> ALLOWED_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Sent by the client as {@code x-amz-meta-correlation-id}, which the bucket's CORS rule allows. */
    static final String CORRELATION_ID_METADATA = "correlation-id";

    private static final Logger log = LoggerFactory.getLogger(ImageUploads.class);

    private final ProductImageRepository images;
    private final S3Presigner presigner;
    private final String bucket;
    private final Duration urlTtl;
    private final Clock clock = Clock.systemUTC();

    ImageUploads(ProductImageRepository images, S3Presigner presigner, TandemProperties properties) {
        this.images = images;
        this.presigner = presigner;
        this.bucket = properties.media().bucket();
        this.urlTtl = properties.media().uploadUrlTtl();
    }

    UploadResponse start(String productId, UploadRequest request, String correlationId) {
        String contentType = request.contentType().strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED_TYPES.contains(contentType)) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_IMAGE_TYPE,
                    "Images must be one of " + ALLOWED_TYPES.stream().sorted().toList() + ", not '"
                            + request.contentType() + "'.",
                    Map.of("allowedTypes", ALLOWED_TYPES.stream().sorted().toList()));
        }
        if (request.contentLength() > MAX_BYTES) {
            throw new ProblemException(
                    ProblemType.IMAGE_TOO_LARGE,
                    "Images may be at most " + MAX_BYTES + " bytes, not " + request.contentLength() + ".",
                    Map.of("maxBytes", MAX_BYTES));
        }
        if (!Ids.isWellFormed(productId)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "There is no product " + productId + ".");
        }
        String imageId = Ids.newId();
        images.addPending(
                productId, ProductImage.pending(imageId, contentType, request.contentLength(), clock.instant()));
        String key = "uploads/" + productId + "/" + imageId;
        PresignedPutObjectRequest presigned = presigner.presignPutObject(
                presign -> presign.signatureDuration(urlTtl).putObjectRequest(put -> put.bucket(bucket)
                        .key(key)
                        .contentType(contentType)
                        .contentLength(request.contentLength())
                        .metadata(Map.of(CORRELATION_ID_METADATA, correlationId))));
        log.info(
                "Image {} of product {}: upload URL issued for {} ({} bytes)",
                imageId,
                productId,
                contentType,
                request.contentLength());
        return new UploadResponse(
                imageId,
                ImageStatus.PENDING,
                new UploadResponse.Upload(
                        presigned.url().toString(), "PUT", headersToSend(presigned), presigned.expiration()));
    }

    /** The signed headers a client must send; {@code Host} comes from the URL, so it is left out. */
    private static Map<String, String> headersToSend(PresignedPutObjectRequest presigned) {
        Map<String, String> headers = new TreeMap<>();
        for (Map.Entry<String, List<String>> header : presigned.signedHeaders().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("host")) {
                headers.put(header.getKey(), String.join(",", header.getValue()));
            }
        }
        return headers;
    }
}
