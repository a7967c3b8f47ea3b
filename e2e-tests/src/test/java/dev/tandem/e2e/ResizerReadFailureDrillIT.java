package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * S3 answers the image-resizer's first two {@code GetObject} calls with 500 InternalError, as S3 occasionally does.
 * The SDK's retries absorb them inside the same invocation: the image still ends {@code READY}, nothing reaches a
 * dead-letter queue.
 */
@Drill
class ResizerReadFailureDrillIT {

    private static final int FAILURES = 2;

    @AutoClose
    private final DrillScene scene;

    ResizerReadFailureDrillIT(RunningTandem tandem) {
        this.scene = new DrillScene(tandem);
    }

    @Test
    void anImageWhoseFirstReadsFailEndsReadyWithNothingDeadLettered() {
        String productId = scene.shop().createProduct(1);
        scene.faults().inject("""
                {"service":"s3","action":"GetObject","principal":"*ImageResizerRole*",\
                "error":"InternalError","times":%d}""".formatted(FAILURES));
        Instant uploaded = Instant.now();

        String image = scene.shop().uploadImage(productId, "image/jpeg", TestImages.jpeg(1200, 900));
        String status = scene.shop().settledImage(image).path("status").asString();
        Duration toReady = Duration.between(uploaded, Instant.now());

        assertThat(status).isEqualTo("READY");
        assertThat(scene.faults().fired())
                .as("both failures were served to the resizer")
                .isEqualTo(FAILURES);
        String imageId = image.substring(image.lastIndexOf('/') + 1);
        assertThat(scene.deployment().deadLettersMentioning(imageId)).isEmpty();
        new DrillFigures("S3 GetObject answers 500 to the image-resizer's first " + FAILURES + " attempts")
                .put("image", status)
                .put("GetObject calls failed", scene.faults().fired())
                .put("upload to READY", toReady)
                .put("messages dead-lettered", 0)
                .print();
    }
}
