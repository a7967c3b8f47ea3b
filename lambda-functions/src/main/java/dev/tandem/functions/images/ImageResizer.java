package dev.tandem.functions.images;

import dev.tandem.events.CorrelationId;
import dev.tandem.events.ImageProcessed;
import dev.tandem.events.ImageRejected;
import dev.tandem.events.Rendition;
import dev.tandem.events.TandemEvent;
import dev.tandem.functions.platform.EventBusPublisher;
import dev.tandem.functions.platform.SqsBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * The image-resizer's work for one upload: read it from S3, render it, store the renditions and
 * put the outcome on the bus.
 *
 * <p>Safe to repeat: the rendition keys depend only on the upload's key, and the result event's
 * id only on the object version, so a redelivered event rewrites the same objects and emits an
 * event the catalog recognises as one it has seen. S3 and EventBridge errors propagate and fail
 * the message (it is retried); an image that cannot be rendered is a final {@code ImageRejected}.
 *
 * <p>S3 events carry no correlation id, so the catalog signs the one of the upload request into
 * the object as its metadata {@value #CORRELATION_ID_METADATA}; the resizer reads it back with the
 * bytes and logs, and publishes its result, under it. An object without one (uploaded by other
 * means) or with one not fit to log falls back to the image id, which the catalog also logged.
 */
final class ImageResizer {

    static final String CORRELATION_ID_METADATA = "correlation-id";

    private static final Logger log = LoggerFactory.getLogger(ImageResizer.class);

    private final S3Client s3;
    private final String renditionBucket;
    private final EventBusPublisher publisher;
    private final RenditionPipeline pipeline;
    private final ImageLimits limits;
    private final Clock clock;

    ImageResizer(
            S3Client s3,
            String renditionBucket,
            EventBusPublisher publisher,
            RenditionPipeline pipeline,
            ImageLimits limits,
            Clock clock) {
        this.s3 = s3;
        this.renditionBucket = renditionBucket;
        this.publisher = publisher;
        this.pipeline = pipeline;
        this.limits = limits;
        this.clock = clock;
    }

    void process(ObjectCreated upload) {
        UploadKey key = UploadKey.parse(upload.key());
        MDC.put(SqsBatch.CORRELATION_ID, key.imageId());
        Upload object = fetch(upload, key);
        String correlationId = object.correlationId();
        MDC.put(SqsBatch.CORRELATION_ID, correlationId);
        String eventId = resultEventId(upload);
        TandemEvent result;
        try {
            limits.checkSize(object.length());
            List<Rendition> renditions = store(key, pipeline.render(object.bytes()));
            result = new ImageProcessed(
                    eventId,
                    clock.instant(),
                    correlationId,
                    ImageProcessed.VERSION,
                    key.productId(),
                    key.imageId(),
                    key.sourceKey(),
                    renditions);
            log.info("Rendered {} into {} renditions", upload.key(), renditions.size());
        } catch (ImageRejectedException e) {
            result = new ImageRejected(
                    eventId,
                    clock.instant(),
                    correlationId,
                    ImageRejected.VERSION,
                    key.productId(),
                    key.imageId(),
                    key.sourceKey(),
                    e.reason(),
                    e.getMessage());
            log.warn("Rejected {} as {}: {}", upload.key(), e.reason(), e.getMessage());
        }
        publisher.publish(result);
    }

    /**
     * The uploaded object's bytes and correlation id. An object over the size limit is not read:
     * its bytes are empty, and its length is what {@link ImageLimits#checkSize} refuses.
     */
    private Upload fetch(ObjectCreated upload, UploadKey key) {
        try (ResponseInputStream<GetObjectResponse> object =
                s3.getObject(request -> request.bucket(upload.bucket()).key(upload.key()))) {
            String metadata = object.response().metadata().get(CORRELATION_ID_METADATA);
            String correlationId = CorrelationId.isAcceptable(metadata) ? metadata : key.imageId();
            Long length = object.response().contentLength();
            if (length != null && length > limits.maxBytes()) {
                // Closing without abort would read the rest of the body to reuse the connection.
                object.abort();
                return new Upload(correlationId, length, new byte[0]);
            }
            byte[] bytes = object.readAllBytes();
            return new Upload(correlationId, bytes.length, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read s3://" + upload.bucket() + "/" + upload.key(), e);
        }
    }

    private List<Rendition> store(UploadKey key, List<EncodedRendition> encoded) {
        List<Rendition> stored = new ArrayList<>();
        for (EncodedRendition rendition : encoded) {
            String renditionKey = key.renditionKey(rendition);
            s3.putObject(
                    request -> request.bucket(renditionBucket).key(renditionKey).contentType(rendition.contentType()),
                    RequestBody.fromBytes(rendition.bytes()));
            stored.add(new Rendition(
                    rendition.size().label(),
                    rendition.width(),
                    rendition.height(),
                    rendition.contentType(),
                    renditionKey,
                    rendition.bytes().length));
        }
        return stored;
    }

    private record Upload(String correlationId, long length, byte[] bytes) {}

    private static String resultEventId(ObjectCreated upload) {
        String identity = "image-result:" + upload.bucket() + "/" + upload.key() + "#" + upload.version();
        return UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
