package dev.tandem.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What metadata an encoded rendition carries, read from its bytes rather than from any decoder's opinion. */
final class RenditionMetadata {

    private RenditionMetadata() {}

    /** The markers of the JPEG segments before the image data (0xE0 JFIF, 0xE1 EXIF/XMP, 0xDB tables, ...). */
    static List<Integer> jpegSegments(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            if (marker == 0xDA) {
                break;
            }
            markers.add(marker);
            position += 2 + (((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF));
        }
        return markers;
    }

    static boolean containsAscii(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
