package dev.tandem.localcloud.s3;

import dev.tandem.localcloud.eventbridge.routing.EventEntry;
import java.io.InputStream;
import java.util.function.Consumer;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * S3Proxy's blob store, wrapped so that every object successfully created in a bucket with EventBridge
 * notifications on emits an {@code Object Created} event: by {@code PutObject}, {@code CopyObject} or {@code
 * CompleteMultipartUpload}.
 *
 * <p>S3Proxy keeps multipart-upload state in hidden {@code .s3proxy-*} objects that it writes with the same call
 * as a {@code PutObject}; those are not the client's objects and emit nothing. A form {@code POST} upload also
 * arrives here as a put, and is reported as {@code PutObject}.
 *
 * <p>It also sees every bucket deleted, and makes the gateway forget that bucket's notification and CORS settings,
 * as S3 does, so that a new bucket of the same name starts without them.
 */
final class EventPublishingBlobStore extends ForwardingBlobStore {

    private static final Logger log = LoggerFactory.getLogger(EventPublishingBlobStore.class);
    private static final String S3PROXY_INTERNAL_PREFIX = ".s3proxy-";

    private final BucketNotifications notifications;
    private final BucketCors cors;
    private final ObjectCreatedEvents events;
    private final Consumer<EventEntry> eventBus;

    EventPublishingBlobStore(
            BlobStore delegate,
            BucketNotifications notifications,
            BucketCors cors,
            ObjectCreatedEvents events,
            Consumer<EventEntry> eventBus) {
        super(delegate);
        this.notifications = notifications;
        this.cors = cors;
        this.events = events;
        this.eventBus = eventBus;
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        PutObjectResponse response = super.putBlob(request, content);
        objectCreated(request.bucket(), request.key(), ObjectCreatedEvents.Reason.PUT_OBJECT);
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        objectCreated(request.destinationBucket(), request.destinationKey(), ObjectCreatedEvents.Reason.COPY_OBJECT);
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(
            MultipartUpload upload, CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        objectCreated(upload.containerName(), upload.blobName(), ObjectCreatedEvents.Reason.COMPLETE_MULTIPART_UPLOAD);
        return response;
    }

    @Override
    public void deleteBucket(String bucket) {
        super.deleteBucket(bucket);
        forgetSettings(bucket);
    }

    @Override
    public void deleteContainer(String bucket) {
        super.deleteContainer(bucket);
        forgetSettings(bucket);
    }

    private void forgetSettings(String bucket) {
        notifications.setEventBridge(bucket, false);
        cors.remove(bucket);
    }

    private void objectCreated(String bucket, String key, ObjectCreatedEvents.Reason reason) {
        if (!notifications.eventBridgeEnabled(bucket) || key.startsWith(S3PROXY_INTERNAL_PREFIX)) {
            return;
        }
        try {
            eventBus.accept(events.objectCreated(bucket, key, delegate().blobMetadata(bucket, key), reason));
        } catch (RuntimeException e) {
            // The object is stored; a lost notification must not turn the client's successful call into an error.
            log.error("Could not publish Object Created for s3://{}/{}", bucket, key, e);
        }
    }
}
