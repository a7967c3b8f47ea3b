package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hostile or broken uploads are answered with a rejection, not with retries: the image-jobs message is consumed
 * (nothing left in flight to come back after the visibility timeout) and nothing reaches a dead-letter queue.
 */
@Scenario
class ImageRejectionScenariosIT {

    private final Shop shop;
    private final Deployment deployment;

    ImageRejectionScenariosIT(RunningTandem tandem) {
        this.shop = new Shop(tandem);
        this.deployment = new Deployment(tandem);
    }

    @AfterEach
    void closeClients() {
        deployment.close();
    }

    @Test
    void textLabelledAsJpegIsRejectedAsUnsupported() {
        assertRejected(TestImages.text(), "UNSUPPORTED_TYPE");
    }

    @Test
    void aTruncatedJpegIsRejectedAsCorrupt() {
        assertRejected(TestImages.truncatedJpeg(), "CORRUPT");
    }

    @Test
    void aPngClaimingFiftyThousandPixelsSquareIsRejectedBeforeItIsDecoded() {
        byte[] bomb = TestImages.pixelFloodPng();
        assertThat(bomb.length).as("the bomb itself is tiny").isLessThan(1_000);

        String imagePath = shop.uploadImage(shop.createProduct(1), "image/png", bomb);

        assertRejectedFor(imagePath, "PIXEL_LIMIT");
    }

    private void assertRejected(byte[] bytes, String reason) {
        assertRejectedFor(shop.uploadImage(shop.createProduct(1), "image/jpeg", bytes), reason);
    }

    private void assertRejectedFor(String imagePath, String reason) {
        JsonNode image = shop.settledImage(imagePath);
        assertThat(image.path("status").asString()).as("image %s", image).isEqualTo("REJECTED");
        assertThat(image.path("reason").asString()).isEqualTo(reason);
        assertThat(image.path("renditions").valueStream()).isEmpty();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deployment.unsettledMessages("image-jobs"))
                        .as("image-jobs drained, nothing waiting to be retried")
                        .isZero());
        String imageId = imagePath.substring(imagePath.lastIndexOf('/') + 1);
        assertThat(deployment.deadLettersMentioning(imageId)).isEmpty();
    }
}
