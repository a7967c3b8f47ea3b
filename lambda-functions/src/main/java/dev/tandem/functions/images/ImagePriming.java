package dev.tandem.functions.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Renders two small images, an opaque JPEG and a translucent PNG, through the pipeline: it loads
 * ImageIO with its plugins and the codecs, and gives the JIT a first look at the scaling loops.
 * Run before a SnapStart snapshot, it moves that work out of the first invocation.
 */
final class ImagePriming {

    private ImagePriming() {}

    static void prime(RenditionPipeline pipeline) {
        try {
            pipeline.render(encode(gradient(BufferedImage.TYPE_3BYTE_BGR), "jpeg"));
            pipeline.render(encode(gradient(BufferedImage.TYPE_4BYTE_ABGR), "png"));
        } catch (ImageRejectedException e) {
            throw new IllegalStateException("the priming image was rejected: " + e.getMessage(), e);
        }
    }

    private static BufferedImage gradient(int type) {
        BufferedImage image = new BufferedImage(480, 360, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(20, 120, 200, 255), 480, 360, new Color(240, 180, 40, 90)));
        graphics.fillRect(0, 0, 480, 360);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
