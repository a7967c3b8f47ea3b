package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Uploads that should become renditions: each rendition is fetched through its presigned URL and decoded, so the
 * sizes, types, orientation and metadata checked are those of the stored objects, not of the API's description.
 */
@Scenario
class ImageScenariosIT {

    private static final Map<String, Integer> BOXES = Map.of("thumbnail", 200, "medium", 800, "large", 1600);

    private final Shop shop;

    ImageScenariosIT(RunningTandem tandem) {
        this.shop = new Shop(tandem);
    }

    @Test
    void aJpegGetsEveryRenditionAsJpegScaledToFitWithoutUpscaling() throws IOException {
        JsonNode image = readyImage("image/jpeg", TestImages.jpeg(1200, 900));

        for (JsonNode rendition : renditions(image)) {
            BufferedImage decoded = fetch(rendition, "image/jpeg");
            assertFits(rendition, decoded, 1200, 900);
            assertThat(RenditionMetadata.jpegSegments(download(rendition).body()))
                    .as(
                            "no EXIF or other APP1 metadata in %s",
                            rendition.path("name").asString())
                    .contains(0xDB)
                    .doesNotContain(0xE1);
        }
    }

    @Test
    void aTransparentPngGetsPngRenditionsThatKeepTheTransparency() throws IOException {
        JsonNode image = readyImage("image/png", TestImages.transparentPng(1000, 500));

        for (JsonNode rendition : renditions(image)) {
            BufferedImage decoded = fetch(rendition, "image/png");
            assertFits(rendition, decoded, 1000, 500);
            assertThat(decoded.getColorModel().hasAlpha()).isTrue();
            assertThat(new Color(decoded.getRGB(0, 0), true).getAlpha())
                    .as("corner stays transparent")
                    .isZero();
            assertThat(new Color(decoded.getRGB(decoded.getWidth() / 2, decoded.getHeight() / 2), true).getAlpha())
                    .as("centre stays opaque")
                    .isEqualTo(255);
        }
    }

    @Test
    void anExifRotatedJpegGetsUprightRenditionsWithoutItsExifOrGps() throws IOException {
        JsonNode image = readyImage("image/jpeg", TestImages.exifRotatedJpeg(600, 300));

        for (JsonNode rendition : renditions(image)) {
            BufferedImage decoded = fetch(rendition, "image/jpeg");
            assertFits(rendition, decoded, 300, 600);
            int x = decoded.getWidth() / 2;
            assertThat(redness(decoded.getRGB(x, decoded.getHeight() / 8)))
                    .as("top is red")
                    .isPositive();
            assertThat(redness(decoded.getRGB(x, decoded.getHeight() * 7 / 8)))
                    .as("bottom is blue")
                    .isNegative();
            byte[] bytes = download(rendition).body();
            assertThat(RenditionMetadata.jpegSegments(bytes)).contains(0xDB).doesNotContain(0xE1);
            assertThat(RenditionMetadata.containsAscii(bytes, "Exif")).isFalse();
        }
    }

    private JsonNode readyImage(String contentType, byte[] bytes) {
        String imagePath = shop.uploadImage(shop.createProduct(1), contentType, bytes);
        JsonNode image = shop.settledImage(imagePath);
        assertThat(image.path("status").asString()).as("image %s", image).isEqualTo("READY");
        return image;
    }

    private static List<JsonNode> renditions(JsonNode image) {
        List<JsonNode> renditions = image.path("renditions").valueStream().toList();
        assertThat(renditions)
                .extracting(r -> r.path("name").asString())
                .containsExactlyInAnyOrderElementsOf(BOXES.keySet());
        return renditions;
    }

    private BufferedImage fetch(JsonNode rendition, String contentType) throws IOException {
        assertThat(rendition.path("contentType").asString()).isEqualTo(contentType);
        HttpResponse<byte[]> response = download(rendition);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(decoded).as("%s decodes", rendition.path("name").asString()).isNotNull();
        return decoded;
    }

    private HttpResponse<byte[]> download(JsonNode rendition) {
        return shop.download(rendition.path("url").asString());
    }

    /** The rendition fits its box, keeps the upright aspect ratio, is never larger than the original. */
    private static void assertFits(JsonNode rendition, BufferedImage decoded, int width, int height) {
        int box = BOXES.get(rendition.path("name").asString());
        double scale = Math.min(1.0, Math.min((double) box / width, (double) box / height));
        assertThat(decoded.getWidth()).isEqualTo(rendition.path("width").asInt());
        assertThat(decoded.getHeight()).isEqualTo(rendition.path("height").asInt());
        assertThat((double) decoded.getWidth()).isCloseTo(width * scale, within(1.0));
        assertThat((double) decoded.getHeight()).isCloseTo(height * scale, within(1.0));
    }

    private static int redness(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() - color.getBlue();
    }
}
