package dev.tandem.functions.images;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;

/**
 * Brings whatever a decoder returned into one of the three layouts {@link PixelBuffer} works on:
 * 8-bit grey, 8-bit BGR (sRGB), or 8-bit ABGR (sRGB). A plain JPEG or 8-bit PNG already has one
 * and costs nothing; 16-bit, palette, packed and non-sRGB images are converted once, at decoded
 * size.
 */
final class CanonicalImages {

    private CanonicalImages() {}

    static PixelBuffer toPixels(BufferedImage image) {
        if (isCanonical(image)) {
            return PixelBuffer.wrap(image);
        }
        ColorModel colorModel = image.getColorModel();
        if (colorModel instanceof ComponentColorModel
                && colorModel.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            // Java2D treats grey as linear light and would brighten it on the way to sRGB; the
            // samples in a grey PNG or JPEG are already display values, so they are copied as-is.
            return copyGrey(image.getRaster(), colorModel);
        }
        int type = colorModel.hasAlpha() ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = converted.createGraphics();
        try {
            graphics.setComposite(AlphaComposite.Src);
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return PixelBuffer.wrap(converted);
    }

    private static boolean isCanonical(BufferedImage image) {
        int type = image.getType();
        boolean byteType = type == BufferedImage.TYPE_BYTE_GRAY
                || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_4BYTE_ABGR;
        Raster raster = image.getRaster();
        return byteType
                && raster.getParent() == null
                && raster.getDataBuffer().getSize() == image.getWidth() * image.getHeight() * raster.getNumBands();
    }

    private static PixelBuffer copyGrey(Raster raster, ColorModel colorModel) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        boolean alpha = colorModel.hasAlpha();
        int greyMax = (1 << colorModel.getComponentSize(0)) - 1;
        int alphaMax = alpha ? (1 << colorModel.getComponentSize(1)) - 1 : 1;
        PixelBuffer target = PixelBuffer.allocate(width, height, alpha ? 4 : 1, false);
        byte[] out = target.samples();
        int[] grey = new int[width];
        int[] opacity = new int[width];
        int o = 0;
        for (int y = 0; y < height; y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 0, grey);
            if (alpha) {
                raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 1, opacity);
            }
            for (int x = 0; x < width; x++) {
                byte value = to8Bits(grey[x], greyMax);
                if (alpha) {
                    out[o++] = to8Bits(opacity[x], alphaMax);
                    out[o++] = value;
                    out[o++] = value;
                }
                out[o++] = value;
            }
        }
        return target;
    }

    private static byte to8Bits(int sample, int max) {
        return (byte) ((sample * 255 + max / 2) / max);
    }
}
