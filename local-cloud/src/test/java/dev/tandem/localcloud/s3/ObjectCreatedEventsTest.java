package dev.tandem.localcloud.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.eventbridge.routing.EventEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ObjectCreatedEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final ObjectCreatedEvents events =
            new ObjectCreatedEvents("000000000000", Clock.fixed(NOW, ZoneOffset.UTC));
    private final HeadObjectResponse object = HeadObjectResponse.builder()
            .contentLength(1024L)
            .eTag("\"b1946ac92492d2347c6235b4d2611184\"")
            .build();

    @Test
    void describesTheObjectTheWayS3Does() {
        EventEntry entry = events.objectCreated(
                "tandem-images", "uploads/p1/i1", object, ObjectCreatedEvents.Reason.COMPLETE_MULTIPART_UPLOAD);

        assertThat(entry.eventBusName()).isEqualTo("default");
        assertThat(entry.source()).isEqualTo("aws.s3");
        assertThat(entry.detailType()).isEqualTo("Object Created");
        assertThat(entry.resources()).containsExactly("arn:aws:s3:::tandem-images");
        assertThat(entry.time()).isEqualTo(NOW);
        JsonNode detail = JsonMapper.shared().readTree(entry.detail());
        assertThat(detail.path("version").asString()).isEqualTo("0");
        assertThat(detail.path("bucket").path("name").asString()).isEqualTo("tandem-images");
        assertThat(detail.path("object").path("key").asString()).isEqualTo("uploads/p1/i1");
        assertThat(detail.path("object").path("size").asLong()).isEqualTo(1024);
        assertThat(detail.path("object").path("etag").asString()).isEqualTo("b1946ac92492d2347c6235b4d2611184");
        assertThat(detail.path("object").has("version-id")).isFalse();
        assertThat(detail.path("requester").asString()).isEqualTo("000000000000");
        assertThat(detail.path("source-ip-address").asString()).isEqualTo("127.0.0.1");
        assertThat(detail.path("reason").asString()).isEqualTo("CompleteMultipartUpload");
        assertThat(detail.path("request-id").asString()).matches("[0-9A-F]{16}");
    }

    @Test
    void givesLaterEventsGreaterSequencers() {
        String first = sequencer(events.objectCreated("b", "k", object, ObjectCreatedEvents.Reason.PUT_OBJECT));
        String second = sequencer(events.objectCreated("b", "k", object, ObjectCreatedEvents.Reason.PUT_OBJECT));

        assertThat(first).hasSize(18);
        assertThat(second).isGreaterThan(first);
    }

    private static String sequencer(EventEntry entry) {
        return JsonMapper.shared()
                .readTree(entry.detail())
                .path("object")
                .path("sequencer")
                .asString();
    }
}
