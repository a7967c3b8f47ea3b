package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.tandem.events.RejectionReason;
import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenditionPipelineTest {

    private final RenditionPipeline pipeline = new RenditionPipeline(ImageLimits.DEFAULT);

    @Test
    void rendersThreeJpegsFittingTheirBoxesWithoutEnlarging() throws Exception {
        byte[] upload = TestImages.jpeg(TestImages.camera(1200, 900, 1), 0.9f, false);

        List<EncodedRendition> renditions = pipeline.render(upload);

        assertThat(renditions)
                .extracting(r -> r.size().label(), EncodedRendition::width, EncodedRendition::height)
                .containsExactly(tuple("large", 1200, 900), tuple("medium", 800, 600), tuple("thumbnail", 200, 150));
        for (EncodedRendition rendition : renditions) {
            assertThat(rendition.contentType()).isEqualTo("image/jpeg");
            BufferedImage decoded = RenditionChecks.decode(rendition.bytes());
            assertThat(decoded.getWidth()).isEqualTo(rendition.width());
            assertThat(decoded.getHeight()).isEqualTo(rendition.height());
            RenditionChecks.assertNoMetadata(rendition.bytes(), rendition.contentType());
        }
    }

    @Test
    void turnsAnExifRotatedPhotoUprightAndDropsItsExifAndGpsData() throws Exception {
        byte[] stored = TestImages.jpeg(TestImages.camera(400, 300, 2), 0.9f, false);
        byte[] upload = CraftedFiles.withExif(stored, 6, ByteOrder.BIG_ENDIAN);

        List<EncodedRendition> renditions = pipeline.render(upload);

        EncodedRendition thumbnail = renditions.getLast();
        assertThat(thumbnail.width()).isEqualTo(150);
        assertThat(thumbnail.height()).isEqualTo(200);
        BufferedImage upright = RenditionChecks.decode(thumbnail.bytes());
        // Turning 90° clockwise moves the stored top-left marker to the top-right corner.
        assertThat(RenditionChecks.rgba(upright, 145, 4)).satisfies(RenditionPipelineTest::isMarkerRed);
        assertThat(RenditionChecks.rgba(upright, 4, 4))
                .satisfies(p -> assertThat(isRed(p)).isFalse());
        for (EncodedRendition rendition : renditions) {
            RenditionChecks.assertNoMetadata(rendition.bytes(), rendition.contentType());
        }
    }

    @Test
    void rendersProgressiveAndGreyJpegs() throws Exception {
        List<EncodedRendition> progressive =
                pipeline.render(TestImages.jpeg(TestImages.camera(900, 600, 3), 0.9f, true));
        List<EncodedRendition> grey = pipeline.render(TestImages.jpeg(TestImages.grey(300, 900), 0.9f, false));

        assertThat(progressive.getFirst().width()).isEqualTo(900);
        assertThat(RenditionChecks.decode(progressive.get(1).bytes()).getWidth())
                .isEqualTo(800);
        assertThat(grey).extracting(EncodedRendition::height).containsExactly(900, 800, 200);
        assertThat(RenditionChecks.decode(grey.get(1).bytes()).getRaster().getNumBands())
                .isEqualTo(1);
    }

    @Test
    void convertsACmykJpegToRgbColours() throws Exception {
        List<EncodedRendition> renditions = pipeline.render(TestImages.resource("cmyk.jpg"));

        BufferedImage image = RenditionChecks.decode(renditions.getFirst().bytes());
        // The fixture's quadrants are red, green, blue and white; a decoder that ignored the CMYK
        // (or its Adobe inversion) would show other colours.
        assertThat(RenditionChecks.rgba(image, 10, 10)).satisfies(RenditionPipelineTest::isMarkerRed);
        int[] green = RenditionChecks.rgba(image, 85, 10);
        assertThat(green[1]).isGreaterThan(green[0] + 60).isGreaterThan(green[2] + 60);
        int[] blue = RenditionChecks.rgba(image, 10, 55);
        assertThat(blue[2]).isGreaterThan(blue[0] + 60).isGreaterThan(blue[1] + 60);
    }

    @Test
    void keepsTheTransparencyOfASixteenBitPngAsPng() throws Exception {
        List<EncodedRendition> renditions = pipeline.render(TestImages.png(TestImages.rgba16(400, 200)));

        EncodedRendition medium = renditions.get(1);
        assertThat(medium.contentType()).isEqualTo("image/png");
        assertThat(medium.width()).isEqualTo(400);
        BufferedImage image = RenditionChecks.decode(medium.bytes());
        assertThat(RenditionChecks.rgba(image, 50, 50)).containsExactly(255, 0, 0, 255);
        assertThat(RenditionChecks.rgba(image, 350, 50)[3]).isZero();
        int[] translucent = RenditionChecks.rgba(image, 100, 190);
        assertThat(translucent[1]).isEqualTo(255);
        assertThat(translucent[3]).isBetween(120, 136);
        RenditionChecks.assertNoMetadata(medium.bytes(), medium.contentType());
    }

    @Test
    void writesJpegWhenAnAlphaChannelHasNoTransparentPixel() throws Exception {
        BufferedImage opaque = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        opaque.getGraphics().drawImage(TestImages.camera(300, 200, 4), 0, 0, null);

        List<EncodedRendition> renditions = pipeline.render(TestImages.png(opaque));

        assertThat(renditions).extracting(EncodedRendition::contentType).containsOnly("image/jpeg");
    }

    @Test
    void rendersWebpWithAndWithoutAlpha() throws Exception {
        List<EncodedRendition> lossyAlpha = pipeline.render(TestImages.resource("lossy-alpha.webp"));
        List<EncodedRendition> lossless = pipeline.render(TestImages.resource("lossless.webp"));

        assertThat(lossyAlpha.getFirst().contentType()).isEqualTo("image/png");
        BufferedImage transparent = RenditionChecks.decode(lossyAlpha.getFirst().bytes());
        assertThat(RenditionChecks.rgba(transparent, 80, 55)[3]).isLessThan(10);
        assertThat(RenditionChecks.rgba(transparent, 10, 10)).satisfies(RenditionPipelineTest::isMarkerRed);
        assertThat(lossless.getFirst().contentType()).isEqualTo("image/jpeg");
        assertThat(lossless.getFirst().width()).isEqualTo(96);
    }

    @Test
    void rejectsATruncatedJpegAsCorruptInsteadOfPaddingItWithGrey() {
        byte[] jpeg = TestImages.jpeg(TestImages.camera(600, 400, 5), 0.9f, false);

        assertThat(rejection(TestImages.truncated(jpeg, 0.6))).isEqualTo(RejectionReason.CORRUPT);
    }

    @Test
    void rejectsAnHtmlFileAsUnsupportedWhateverItIsCalled() {
        assertThat(rejection(TestImages.html())).isEqualTo(RejectionReason.UNSUPPORTED_TYPE);
    }

    @Test
    void rejectsAPixelFloodFromItsHeaderAlone() {
        byte[] flood = CraftedFiles.pixelFlood(50_000, 50_000);

        assertThat(flood.length).isLessThan(4096);
        assertThat(rejection(flood)).isEqualTo(RejectionReason.PIXEL_LIMIT);
        assertThat(rejection(CraftedFiles.pixelFlood(12_001, 10))).isEqualTo(RejectionReason.PIXEL_LIMIT);
    }

    @Test
    void rejectsAnUploadOverTwentyMebibytes() {
        byte[] huge = Arrays.copyOf(TestImages.jpeg(TestImages.camera(64, 64, 6), 0.9f, false), 20 * 1024 * 1024 + 1);

        assertThat(rejection(huge)).isEqualTo(RejectionReason.TOO_LARGE);
    }

    private RejectionReason rejection(byte[] upload) {
        ImageRejectedException rejected =
                catchThrowableOfType(ImageRejectedException.class, () -> pipeline.render(upload));
        assertThat(rejected).as("rejection").isNotNull();
        assertThat(rejected.getMessage()).isNotBlank();
        return rejected.reason();
    }

    private static void isMarkerRed(int[] rgba) {
        assertThat(isRed(rgba)).as("red, but was %s", Arrays.toString(rgba)).isTrue();
    }

    private static boolean isRed(int[] rgba) {
        return rgba[0] > 150 && rgba[1] < 90 && rgba[2] < 90;
    }
}
