package dev.tandem.functions.images;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Image files assembled byte by byte, for what no encoder writes on request: an Exif segment with
 * a chosen orientation and a GPS position, an extra PNG chunk, and a PNG whose header claims far
 * more pixels than the file holds.
 */
final class CraftedFiles {

    private CraftedFiles() {}

    /** The JPEG with an Exif APP1 segment (Orientation and a GPS position) right after SOI. */
    static byte[] withExif(byte[] jpeg, int orientation, ByteOrder order) {
        byte[] tiff = exifTiff(orientation, order);
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiff.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        segment.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
        return concat(Arrays.copyOf(jpeg, 2), segment.array(), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /**
     * A TIFF structure whose IFD0 holds Orientation and a GPS IFD pointer, and whose GPS IFD holds
     * a latitude reference: enough to prove both are gone from the renditions.
     */
    static byte[] exifTiff(int orientation, ByteOrder order) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4).order(order);
        tiff.put(
                order == ByteOrder.LITTLE_ENDIAN
                        ? "II".getBytes(StandardCharsets.ISO_8859_1)
                        : "MM".getBytes(StandardCharsets.ISO_8859_1));
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putInt(0);
        return tiff.array();
    }

    /** A PNG of a few hundred bytes whose header claims {@code width} × {@code height} pixels. */
    static byte[] pixelFlood(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        // A few rows' worth of zeros: what an attacker sends is small; what it claims is huge.
        deflater.setInput(new byte[64 * 1024]);
        deflater.finish();
        byte[] compressed = new byte[4096];
        int length = deflater.deflate(compressed);
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The PNG with a chunk inserted right after IHDR (which is 8 + 25 bytes into the file). */
    static byte[] withPngChunk(byte[] png, String type, byte[] data) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk(chunk, type, data);
        return concat(Arrays.copyOf(png, 33), chunk.toByteArray(), Arrays.copyOfRange(png, 33, png.length));
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        try {
            DataOutputStream out = new DataOutputStream(png);
            out.writeInt(data.length);
            out.write(typeBytes);
            out.write(data);
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
