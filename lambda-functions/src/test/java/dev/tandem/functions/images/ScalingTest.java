package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link BoxHalving} and {@link Resampler}: the two steps every rendition is made of. */
class ScalingTest {

    @Test
    void halvingAveragesEachTwoByTwoBlock() {
        PixelBuffer source = new PixelBuffer(4, 2, 1, false, new byte[] {0, 100, 10, 10, 50, (byte) 250, 30, 50});

        PixelBuffer half = BoxHalving.halve(source);

        assertThat(half.width()).isEqualTo(2);
        assertThat(half.height()).isEqualTo(1);
        assertThat(half.samples()).containsExactly(100, 25);
    }

    @Test
    void halvingKeepsAnOddLastRowAndColumn() {
        PixelBuffer source = new PixelBuffer(3, 3, 3, false, filled(3 * 3 * 3, 77));

        PixelBuffer half = BoxHalving.halve(source);

        assertThat(half.width()).isEqualTo(2);
        assertThat(half.height()).isEqualTo(2);
        assertThat(half.samples()).containsOnly((byte) 77);
    }

    @Test
    void resamplingKeepsAFlatColourExact() {
        for (int bands : new int[] {1, 3, 4}) {
            PixelBuffer flat = new PixelBuffer(301, 199, bands, false, filled(301 * 199 * bands, 201));

            PixelBuffer resized = Resampler.resize(flat, 173, 88);

            assertThat(resized.width()).isEqualTo(173);
            assertThat(resized.height()).isEqualTo(88);
            assertThat(resized.samples()).containsOnly((byte) 201);
        }
    }

    @Test
    void resamplingFiltersDetailFinerThanTheTargetInsteadOfAliasingIt() {
        // One-pixel stripes, reduced by 1.9×: point sampling would keep a stark stripe pattern
        // (moiré); a filter that widens with the reduction averages them to grey.
        int width = 190;
        byte[] stripes = new byte[width * 10];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = (byte) ((i % width) % 2 == 0 ? 0 : 255);
        }

        PixelBuffer resized = Resampler.resize(new PixelBuffer(width, 10, 1, false, stripes), 100, 10);

        double[] row = new double[80];
        for (int x = 10; x < 90; x++) {
            row[x - 10] = resized.samples()[5 * 100 + x] & 0xFF;
        }
        double mean = Arrays.stream(row).average().orElseThrow();
        double spread = Arrays.stream(row).map(v -> Math.abs(v - mean)).max().orElseThrow();
        assertThat(mean).isCloseTo(127.5, within(3.0));
        assertThat(spread).isLessThan(40);
    }

    @Test
    void premultiplyingKeepsTransparentColourOutOfOpaqueEdges() {
        // An opaque white pixel next to a transparent pixel whose (invisible) colour is black.
        PixelBuffer pixels = new PixelBuffer(
                2, 1, 4, false, new byte[] {(byte) 255, (byte) 255, (byte) 255, (byte) 255, 0, 0, 0, 0});

        PixelBuffer merged = Resampler.resize(pixels.premultiply(), 1, 1).unpremultiply();

        byte[] pixel = merged.samples();
        assertThat(pixel[0] & 0xFF).isBetween(120, 135);
        assertThat(pixel[1] & 0xFF).isEqualTo(255);
        assertThat(pixel[2] & 0xFF).isEqualTo(255);
        assertThat(pixel[3] & 0xFF).isEqualTo(255);
    }

    @Test
    void fitsRenditionsInTheirBoxWithoutEverEnlarging() {
        assertThat(RenditionSize.LARGE.fit(4000, 3000)).isEqualTo(new RenditionSize.Dimensions(1600, 1200));
        assertThat(RenditionSize.MEDIUM.fit(3000, 4000)).isEqualTo(new RenditionSize.Dimensions(600, 800));
        assertThat(RenditionSize.THUMBNAIL.fit(12000, 10)).isEqualTo(new RenditionSize.Dimensions(200, 1));
        assertThat(RenditionSize.LARGE.fit(640, 480)).isEqualTo(new RenditionSize.Dimensions(640, 480));
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
