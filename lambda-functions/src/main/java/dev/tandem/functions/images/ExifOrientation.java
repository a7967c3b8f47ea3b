package dev.tandem.functions.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Finds the EXIF {@code Orientation} tag in a JPEG (APP1 segment), PNG ({@code eXIf} chunk) or
 * WebP ({@code EXIF} chunk) without decoding any metadata library's model of it: a few hundred
 * bytes are read, and a damaged or missing EXIF block simply means "upright", as in browsers.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifOrientation() {}

    static Orientation read(byte[] bytes, ImageFormat format) {
        try {
            int tiff =
                    switch (format) {
                        case JPEG -> jpegExif(bytes);
                        case PNG -> pngExif(bytes);
                        case WEBP -> webpExif(bytes);
                    };
            return tiff < 0 ? Orientation.NORMAL : Orientation.ofExifValue(orientationTag(bytes, tiff));
        } catch (IndexOutOfBoundsException damaged) {
            return Orientation.NORMAL;
        }
    }

    /** The offset of the TIFF structure inside the first Exif APP1 segment, or -1. */
    private static int jpegExif(byte[] bytes) {
        int position = 2;
        while (position + 4 <= bytes.length && (bytes[position] & 0xFF) == 0xFF) {
            int marker = bytes[position + 1] & 0xFF;
            if (marker == 0xFF) {
                position++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return -1; // start of scan or end of image: metadata segments come before
            }
            int length = u16(bytes, position + 2, ByteOrder.BIG_ENDIAN);
            int payload = position + 4;
            if (marker == 0xE1 && startsWith(bytes, payload, EXIF_HEADER)) {
                return payload + EXIF_HEADER.length;
            }
            position += 2 + length;
        }
        return -1;
    }

    private static int pngExif(byte[] bytes) {
        int position = 8;
        while (position + 8 <= bytes.length) {
            int length = ByteBuffer.wrap(bytes, position, 4).getInt();
            String type = new String(bytes, position + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("eXIf")) {
                return position + 8;
            }
            if (type.equals("IDAT") || type.equals("IEND") || length < 0) {
                return -1;
            }
            position += 12 + length;
        }
        return -1;
    }

    private static int webpExif(byte[] bytes) {
        int position = 12;
        while (position + 8 <= bytes.length) {
            String type = new String(bytes, position, 4, StandardCharsets.ISO_8859_1);
            int length = ByteBuffer.wrap(bytes, position + 4, 4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .getInt();
            if (type.equals("EXIF")) {
                int payload = position + 8;
                // Some writers keep the JPEG-style "Exif\0\0" prefix, others do not.
                return startsWith(bytes, payload, EXIF_HEADER) ? payload + EXIF_HEADER.length : payload;
            }
            if (length < 0) {
                return -1;
            }
            position += 8 + length + (length & 1);
        }
        return -1;
    }

    /** The Orientation value in IFD0 of the TIFF structure at {@code tiff}, or 1 if absent. */
    private static int orientationTag(byte[] bytes, int tiff) {
        ByteOrder order =
                switch (new String(bytes, tiff, 2, StandardCharsets.ISO_8859_1)) {
                    case "II" -> ByteOrder.LITTLE_ENDIAN;
                    case "MM" -> ByteOrder.BIG_ENDIAN;
                    default -> null;
                };
        if (order == null || u16(bytes, tiff + 2, order) != 42) {
            return 1;
        }
        int ifd = tiff + ByteBuffer.wrap(bytes, tiff + 4, 4).order(order).getInt();
        int entries = u16(bytes, ifd, order);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (u16(bytes, entry, order) == ORIENTATION_TAG && u16(bytes, entry + 2, order) == TYPE_SHORT) {
                return u16(bytes, entry + 8, order);
            }
        }
        return 1;
    }

    private static int u16(byte[] bytes, int offset, ByteOrder order) {
        return ByteBuffer.wrap(bytes, offset, 2).order(order).getShort() & 0xFFFF;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (offset + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
