package dev.tandem.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Uploads for the image scenarios, good and hostile, built here so each test says what it sends. */
final class TestImages {

    static final Color RED = new Color(0xe63946);
    static final Color BLUE = new Color(0x1d3557);

    private TestImages() {}

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(RED);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return encode(image, "jpg");
    }

    /** A transparent canvas with an opaque disc in the middle. */
    static byte[] transparentPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(RED);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return encode(image, "png");
    }

    /**
     * A landscape JPEG, red on the left and blue on the right, whose EXIF says "rotate 90° clockwise to show"
     * (Orientation 6, as phones write it) and which carries a GPS block: shown upright it is portrait, red on top.
     */
    static byte[] exifRotatedJpeg(int storedWidth, int storedHeight) {
        BufferedImage image = new BufferedImage(storedWidth, storedHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, storedWidth / 2, storedHeight);
        g.setColor(BLUE);
        g.fillRect(storedWidth / 2, 0, storedWidth - storedWidth / 2, storedHeight);
        g.dispose();
        byte[] plain = encode(image, "jpg");
        byte[] app1 = exifSegment();
        // After the JFIF APP0 segment, where cameras put it: decoders warn about anything else first.
        int afterApp0 = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF));
        return ByteBuffer.allocate(plain.length + app1.length)
                .put(plain, 0, afterApp0)
                .put(app1)
                .put(plain, afterApp0, plain.length - afterApp0)
                .array();
    }

    /** The first half of a valid JPEG: the header promises more scan data than there is. */
    static byte[] truncatedJpeg() {
        byte[] whole = jpeg(800, 600);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    static byte[] text() {
        return "Not a picture at all, whatever the Content-Type says.\n"
                .repeat(40)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A tiny, well-formed PNG whose header claims 50000 × 50000 pixels (10 GB decoded): a decompression bomb. */
    static byte[] pixelFloodPng() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(
                png,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(50_000)
                        .putInt(50_000)
                        .put(new byte[] {8, 2, 0, 0, 0})
                        .array());
        chunk(png, "IDAT", deflate(new byte[4096]));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** APP1 "Exif": a big-endian TIFF block with IFD0 {Orientation=6, GPS IFD pointer} and a GPS IFD {LatRef=N}. */
    private static byte[] exifSegment() {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 30 + 18);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) 6)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putInt(0);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.capacity();
        return ByteBuffer.allocate(2 + length)
                .put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) length)
                .put(header)
                .put(tiff.array())
                .array();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
