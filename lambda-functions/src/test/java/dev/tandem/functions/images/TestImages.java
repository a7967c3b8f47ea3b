package dev.tandem.functions.images;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Builds the test images in memory, so that the repository holds only the two formats ImageIO
 * cannot write (CMYK JPEG and WebP, under {@code src/test/resources/images}).
 */
final class TestImages {

    /** The colour of the marker square in the top-left corner of {@link #camera}. */
    static final Color MARKER = new Color(230, 20, 20);

    private TestImages() {}

    /**
     * A photo-like image: gradients, overlapping shapes, thin lines and sensor-like noise, with a
     * red marker square in its top-left corner so that tests can tell which way is up.
     */
    static BufferedImage camera(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 150), width, height, new Color(225, 190, 120)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        int scale = Math.max(width, height);
        for (int i = 0; i < 300; i++) {
            g.setColor(
                    new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 60 + random.nextInt(190)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int size = 1 + random.nextInt(Math.max(1, scale / 6));
            switch (i % 3) {
                case 0 -> g.fillOval(x, y, size, size * 2 / 3 + 1);
                case 1 -> g.fillRect(x, y, size, size / 3 + 1);
                default -> {
                    g.setStroke(new BasicStroke(1 + random.nextInt(4)));
                    g.drawLine(x, y, x + size, y + random.nextInt(scale / 8 + 1) - scale / 16);
                }
            }
        }
        int marker = Math.max(2, Math.min(width, height) / 8);
        g.setColor(MARKER);
        g.fillRect(0, 0, marker, marker);
        g.dispose();
        byte[] samples = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < samples.length; i++) {
            int noisy = (samples[i] & 0xFF) + (int) Math.round(random.nextGaussian() * 6);
            samples[i] = (byte) Math.clamp(noisy, 0, 255);
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image, float quality, boolean progressive) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static BufferedImage grey(int width, int height) {
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(camera(width, height, 7), 0, 0, null);
        g.dispose();
        return grey;
    }

    /**
     * A 16-bit-per-sample RGBA image: opaque red on the left half, fully transparent on the right,
     * a half-transparent green band along the bottom.
     */
    static BufferedImage rgba16(int width, int height) {
        ComponentColorModel model = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB),
                true,
                false,
                Transparency.TRANSLUCENT,
                DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] pixel = y >= height * 3 / 4
                        ? new int[] {0, 0xFFFF, 0, 0x8000}
                        : x < width / 2 ? new int[] {0xFFFF, 0, 0, 0xFFFF} : new int[] {0, 0, 0xFFFF, 0};
                raster.setPixel(x, y, pixel);
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    static byte[] truncated(byte[] bytes, double keptFraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * keptFraction));
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test image " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
