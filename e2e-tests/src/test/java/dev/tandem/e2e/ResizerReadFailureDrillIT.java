package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * S3 answers the image-resizer's first two {@code GetObject} calls with 500 InternalError, as S3 occasionally does.
 * The SDK's retries absorb them inside the same invocation: the image still ends {@code READY}, nothing reaches a
 * dead-letter queue.
 */
@Drill
class ResizerReadFailureDrillIT {

    private static final int FAILURES = 2;

    private final Shop shop;
    private final Deployment deployment;
    private final Faults faults;

    ResizerReadFailureDrillIT(RunningTandem tandem) {
        this.shop = new Shop(tandem);
        this.deployment = new Deployment(tandem);
        this.faults = Faults.on(tandem);
    }

    @AfterEach
    void clearFaultsAndClients() {
        faults.close();
        deployment.close();
    }

    @Test
    void anImageWhoseFirstReadsFailEndsReadyWithNothingDeadLettered() {
        String productId = shop.createProduct(1);
        faults.inject("""
                {"service":"s3","action":"GetObject","principal":"*ImageResizerRole*",\
                "error":"InternalError","times":%d}""".formatted(FAILURES));
        Instant uploaded = Instant.now();

        String image = shop.uploadImage(productId, "image/jpeg", TestImages.jpeg(1200, 900));
        String status = shop.settledImage(image).path("status").asString();
        Duration toReady = Duration.between(uploaded, Instant.now());

        assertThat(status).isEqualTo("READY");
        assertThat(faults.fired())
                .as("both failures were served to the resizer")
                .isEqualTo(FAILURES);
        String imageId = image.substring(image.lastIndexOf('/') + 1);
        assertThat(deployment.deadLettersMentioning(imageId)).isEmpty();
        new DrillFigures("S3 GetObject answers 500 to the image-resizer's first " + FAILURES + " attempts")
                .put("image", status)
                .put("GetObject calls failed", faults.fired())
                .put("upload to READY", toReady)
                .put("messages dead-lettered", 0)
                .print();
    }
}
