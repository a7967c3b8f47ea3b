package dev.tandem.localcloud.s3;

import dev.tandem.localcloud.eventbridge.routing.EventEntry;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the {@code Object Created} events S3 puts on the default bus, in the shape AWS documents: source {@code
 * aws.s3}, the bucket's ARN as the only resource, and a detail with the bucket, the object (key, size, ETag without
 * quotes, sequencer), the request id, the requester and the reason.
 *
 * <p>The request id is made up here (the blob store never sees S3Proxy's), and {@code source-ip-address} is
 * 127.0.0.1 because local-cloud listens on loopback only.
 */
final class ObjectCreatedEvents {

    /** The S3 API call that created the object, as AWS names it in {@code detail.reason}. */
    enum Reason {
        PUT_OBJECT("PutObject"),
        COPY_OBJECT("CopyObject"),
        COMPLETE_MULTIPART_UPLOAD("CompleteMultipartUpload");

        private final String apiName;

        Reason(String apiName) {
            this.apiName = apiName;
        }
    }

    private final String accountId;
    private final Clock clock;
    private final AtomicLong sequencer;

    ObjectCreatedEvents(String accountId, Clock clock) {
        this.accountId = accountId;
        this.clock = clock;
        // S3 sequencers only grow, per key; starting from the clock keeps that true across restarts.
        this.sequencer = new AtomicLong(clock.millis() * 1000);
    }

    EventEntry objectCreated(String bucket, String key, HeadObjectResponse object, Reason reason) {
        ObjectNode detail = JsonMapper.shared().createObjectNode();
        detail.put("version", "0");
        detail.putObject("bucket").put("name", bucket);
        ObjectNode objectNode = detail.putObject("object");
        objectNode.put("key", key);
        objectNode.put("size", object.contentLength());
        objectNode.put("etag", object.eTag().replace("\"", ""));
        if (object.versionId() != null) {
            objectNode.put("version-id", object.versionId());
        }
        objectNode.put("sequencer", String.format("%018X", sequencer.incrementAndGet()));
        detail.put(
                "request-id",
                HexFormat.of()
                        .withUpperCase()
                        .toHexDigits(ThreadLocalRandom.current().nextLong()));
        detail.put("requester", accountId);
        detail.put("source-ip-address", "127.0.0.1");
        detail.put("reason", reason.apiName);
        return new EventEntry(
                "default",
                "aws.s3",
                "Object Created",
                JsonMapper.shared().writeValueAsString(detail),
                List.of("arn:aws:s3:::" + bucket),
                clock.instant());
    }
}
