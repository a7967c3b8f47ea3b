package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/** Reads renditions back the way a browser would, and inspects what their files contain. */
final class RenditionChecks {

    /** PNG chunks that carry metadata: text, EXIF, ICC profile, time. */
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "iCCP", "tIME");

    private RenditionChecks() {}

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("decodable rendition").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the file holds pixels and nothing else: no EXIF, GPS, XMP, ICC profile or comment. */
    static void assertNoMetadata(byte[] bytes, String contentType) {
        if (contentType.equals("image/jpeg")) {
            // APP1 holds EXIF (and GPS) and XMP, APP2 an ICC profile, APP13 IPTC, COM a comment;
            // APP0 (JFIF) only says how to read the pixels.
            assertThat(jpegMarkers(bytes)).doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
        } else {
            assertThat(pngChunks(bytes)).doesNotContainAnyElementsOf(PNG_METADATA);
        }
    }

    /** The markers of the segments before the first scan. */
    static List<Integer> jpegMarkers(byte[] bytes) {
        assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xD8);
        List<Integer> markers = new ArrayList<>();
        int position = 2;
        while (position + 4 <= bytes.length) {
            int marker = bytes[position + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            position += 2 + (((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF));
        }
        return markers;
    }

    static List<String> pngChunks(byte[] bytes) {
        List<String> chunks = new ArrayList<>();
        int position = 8;
        while (position + 8 <= bytes.length) {
            int length = ByteBuffer.wrap(bytes, position, 4).getInt();
            chunks.add(new String(bytes, position + 4, 4, StandardCharsets.ISO_8859_1));
            position += 12 + length;
        }
        return chunks;
    }

    /** The pixel's red, green, blue and alpha, each 0–255. */
    static int[] rgba(BufferedImage image, int x, int y) {
        int argb = image.getRGB(x, y);
        return new int[] {(argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, argb >>> 24};
    }
}
