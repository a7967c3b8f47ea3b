package dev.tandem.functions.images;

import dev.tandem.events.EventEnvelope;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The parts of an S3 {@code Object Created} event (as EventBridge delivers it) that the resizer
 * needs. S3's event is AWS's contract, not Tandem's, so it is read field by field rather than
 * bound to a record of every field S3 sends.
 *
 * @param version what identifies this version of the object: its version id, else the event's
 *     sequencer, else its ETag. Redeliveries of one event carry the same value.
 */
record ObjectCreated(String bucket, String key, String version) {

    static final String SOURCE = "aws.s3";
    static final String DETAIL_TYPE = "Object Created";

    static ObjectCreated from(EventEnvelope envelope) {
        if (!SOURCE.equals(envelope.source()) || !DETAIL_TYPE.equals(envelope.detailType())) {
            throw new IllegalArgumentException("expected an S3 '" + DETAIL_TYPE + "' event but got '"
                    + envelope.detailType() + "' from '" + envelope.source() + "'");
        }
        JsonNode detail = envelope.detail();
        JsonNode object = detail.path("object");
        String version = Stream.of("version-id", "sequencer", "etag")
                .flatMap(field -> object.path(field).stringValueOpt().stream())
                .findFirst()
                .orElse("");
        return new ObjectCreated(
                required(detail.path("bucket"), "bucket.name", "name"), required(object, "object.key", "key"), version);
    }

    private static String required(JsonNode parent, String path, String field) {
        return parent.path(field)
                .stringValueOpt()
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("S3 event detail has no '" + path + "'"));
    }
}
