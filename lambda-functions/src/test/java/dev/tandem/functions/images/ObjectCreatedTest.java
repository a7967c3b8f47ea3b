package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.events.EventCodec;
import dev.tandem.events.EventEnvelope;
import dev.tandem.functions.platform.LambdaFixtures;
import org.junit.jupiter.api.Test;

class ObjectCreatedTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void readsTheUploadFromAnS3ObjectCreatedEventDeliveredThroughSqs() {
        String body = LambdaFixtures.sqsEvent("s3-object-created.json")
                .getRecords()
                .getFirst()
                .getBody();

        ObjectCreated upload = ObjectCreated.from(codec.readEnvelope(body));

        assertThat(upload.bucket()).isEqualTo("tandem-media-111122223333");
        assertThat(upload.key()).isEqualTo("uploads/prd-mug/img-01JD4X9T2M");
        assertThat(upload.version()).isEqualTo("00674058E3A5C1D2F4");
        assertThat(UploadKey.parse(upload.key())).isEqualTo(new UploadKey("prd-mug", "img-01JD4X9T2M"));
    }

    @Test
    void refusesAnyOtherEvent() {
        String body = LambdaFixtures.sqsEvent("order-placed.json")
                .getRecords()
                .getFirst()
                .getBody();
        EventEnvelope orderPlaced = codec.readEnvelope(body);

        assertThatThrownBy(() -> ObjectCreated.from(orderPlaced))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'OrderPlaced' from 'tandem.catalog'");
    }

    @Test
    void refusesKeysOutsideTheUploadLayout() {
        for (String key : new String[] {
            "renditions/prd-mug/img-1/large.jpg", "uploads/prd-mug", "uploads/../etc/passwd", "uploads/a/b/c"
        }) {
            assertThatThrownBy(() -> UploadKey.parse(key)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
