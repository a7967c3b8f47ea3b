package dev.tandem.functions.images;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a rendition as JPEG at quality 85, or as PNG when it has transparent pixels. The writers
 * get no metadata from the source, so no EXIF (with its GPS position), XMP or ICC profile reaches
 * a rendition; the pixels are already sRGB.
 */
final class RenditionEncoder {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final float JPEG_QUALITY = 0.85f;

    private RenditionEncoder() {}

    static EncodedRendition encode(RenditionSize size, PixelBuffer pixels) {
        boolean png = pixels.hasAlpha();
        ColorSpace colorSpace = ColorSpace.getInstance(pixels.bands() == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        BufferedImage image = pixels.toImage(colorSpace);
        ImageWriter writer = writer(png ? "png" : "jpeg");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(pixels.width() * pixels.height() / 4);
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the " + size.label() + " rendition", e);
        } finally {
            writer.dispose();
        }
        return new EncodedRendition(size, pixels.width(), pixels.height(), png ? PNG : JPEG, bytes.toByteArray());
    }

    private static ImageWriter writer(String formatName) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName);
        if (!writers.hasNext()) {
            throw new IllegalStateException("this JDK has no " + formatName + " encoder");
        }
        return writers.next();
    }
}
