package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationTest {

    /**
     * A 3×2 grey image whose pixels are numbered row by row:
     *
     * <pre>
     * 1 2 3
     * 4 5 6
     * </pre>
     *
     * Each row of the table is the upright result, as EXIF 2.32 defines each orientation.
     */
    @ParameterizedTest(name = "EXIF {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 | 3 | 1 2 3 4 5 6",
                "2 | 3 | 3 2 1 6 5 4",
                "3 | 3 | 6 5 4 3 2 1",
                "4 | 3 | 4 5 6 1 2 3",
                "5 | 2 | 1 4 2 5 3 6",
                "6 | 2 | 4 1 5 2 6 3",
                "7 | 2 | 6 3 5 2 4 1",
                "8 | 2 | 3 6 2 5 1 4"
            })
    void turnsThePixelsUpright(int exifValue, int uprightWidth, String upright) {
        PixelBuffer stored = new PixelBuffer(3, 2, 1, false, new byte[] {1, 2, 3, 4, 5, 6});

        PixelBuffer turned = Orientation.ofExifValue(exifValue).apply(stored);

        assertThat(turned.width()).isEqualTo(uprightWidth);
        assertThat(turned.height()).isEqualTo(6 / uprightWidth);
        assertThat(turned.samples()).containsExactly(bytes(upright));
    }

    @ParameterizedTest
    @CsvSource({"0", "9", "-1", "65535"})
    void treatsValuesOutsideTheStandardAsUpright(int exifValue) {
        assertThat(Orientation.ofExifValue(exifValue)).isEqualTo(Orientation.NORMAL);
    }

    private static byte[] bytes(String spaced) {
        String[] parts = spaced.split(" ");
        byte[] values = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Byte.parseByte(parts[i]);
        }
        return values;
    }
}
