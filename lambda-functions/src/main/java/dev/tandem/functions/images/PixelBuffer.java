package dev.tandem.functions.images;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * An image as one array of 8-bit samples, row by row with no padding, interleaved in the band
 * order of {@link BufferedImage}'s byte types: 1 band (grey), 3 (blue, green, red) or 4 (alpha,
 * blue, green, red). The scaling code works on this form because a tight loop over a byte array is
 * several times faster than Java2D's general-purpose paths.
 *
 * <p>When there is alpha, the colour samples may be premultiplied by it (see {@link
 * #premultiplied()}): scaling must average premultiplied values, or fully transparent pixels would
 * bleed their (meaningless) colour into the edges of the opaque ones.
 */
final class PixelBuffer {

    private final int width;
    private final int height;
    private final int bands;
    private final boolean premultiplied;
    private final byte[] samples;

    PixelBuffer(int width, int height, int bands, boolean premultiplied, byte[] samples) {
        if (bands != 1 && bands != 3 && bands != 4) {
            throw new IllegalArgumentException("bands must be 1, 3 or 4, was " + bands);
        }
        if (samples.length != width * height * bands) {
            throw new IllegalArgumentException(
                    "expected " + width * height * bands + " samples, got " + samples.length);
        }
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.premultiplied = premultiplied && bands == 4;
        this.samples = samples;
    }

    static PixelBuffer allocate(int width, int height, int bands, boolean premultiplied) {
        return new PixelBuffer(width, height, bands, premultiplied, new byte[width * height * bands]);
    }

    /**
     * Wraps the samples of an image of type {@code TYPE_BYTE_GRAY}, {@code TYPE_3BYTE_BGR} or
     * {@code TYPE_4BYTE_ABGR} without copying them; see {@link CanonicalImages} for the others.
     */
    static PixelBuffer wrap(BufferedImage image) {
        int bands =
                switch (image.getType()) {
                    case BufferedImage.TYPE_BYTE_GRAY -> 1;
                    case BufferedImage.TYPE_3BYTE_BGR -> 3;
                    case BufferedImage.TYPE_4BYTE_ABGR -> 4;
                    default -> throw new IllegalArgumentException("not a canonical image type: " + image.getType());
                };
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        return new PixelBuffer(image.getWidth(), image.getHeight(), bands, false, data);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int bands() {
        return bands;
    }

    boolean hasAlpha() {
        return bands == 4;
    }

    boolean premultiplied() {
        return premultiplied;
    }

    /** The backing array itself: callers write into it when filling a new buffer. */
    byte[] samples() {
        return samples;
    }

    /** Whether any pixel is less than fully opaque. */
    boolean hasTransparentPixels() {
        if (!hasAlpha()) {
            return false;
        }
        for (int i = 0; i < samples.length; i += 4) {
            if (samples[i] != (byte) 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** This buffer with colour premultiplied by alpha, computed in place. */
    PixelBuffer premultiply() {
        if (!hasAlpha() || premultiplied) {
            return this;
        }
        for (int i = 0; i < samples.length; i += 4) {
            int alpha = samples[i] & 0xFF;
            if (alpha != 0xFF) {
                for (int c = 1; c < 4; c++) {
                    samples[i + c] = (byte) (((samples[i + c] & 0xFF) * alpha + 127) / 255);
                }
            }
        }
        return new PixelBuffer(width, height, bands, true, samples);
    }

    /** This buffer with straight (not premultiplied) colour, computed in place. */
    PixelBuffer unpremultiply() {
        if (!premultiplied) {
            return this;
        }
        for (int i = 0; i < samples.length; i += 4) {
            int alpha = samples[i] & 0xFF;
            if (alpha != 0xFF && alpha != 0) {
                for (int c = 1; c < 4; c++) {
                    samples[i + c] = (byte) Math.min(255, ((samples[i + c] & 0xFF) * 255 + alpha / 2) / alpha);
                }
            }
        }
        return new PixelBuffer(width, height, bands, false, samples);
    }

    /** Drops the alpha band of a buffer whose pixels are all opaque. */
    PixelBuffer withoutAlpha() {
        if (!hasAlpha()) {
            return this;
        }
        byte[] bgr = new byte[width * height * 3];
        for (int i = 0, o = 0; i < samples.length; i += 4, o += 3) {
            bgr[o] = samples[i + 1];
            bgr[o + 1] = samples[i + 2];
            bgr[o + 2] = samples[i + 3];
        }
        return new PixelBuffer(width, height, 3, false, bgr);
    }

    /** An image sharing this buffer's samples, in the given colour space. */
    BufferedImage toImage(ColorSpace colorSpace) {
        if (premultiplied) {
            throw new IllegalStateException("unpremultiply before turning pixels into an image");
        }
        int[] offsets =
                switch (bands) {
                    case 1 -> new int[] {0};
                    case 3 -> new int[] {2, 1, 0};
                    default -> new int[] {3, 2, 1, 0};
                };
        ComponentColorModel colorModel = new ComponentColorModel(
                colorSpace,
                hasAlpha(),
                false,
                hasAlpha() ? Transparency.TRANSLUCENT : Transparency.OPAQUE,
                DataBuffer.TYPE_BYTE);
        PixelInterleavedSampleModel sampleModel =
                new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, width, height, bands, width * bands, offsets);
        WritableRaster raster =
                Raster.createWritableRaster(sampleModel, new DataBufferByte(samples, samples.length), null);
        return new BufferedImage(colorModel, raster, false, null);
    }
}
