package dev.tandem.lab;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** The photo the lab uploads: a 1200 × 900 JPEG of gradients and shapes, so the resizer has real work. */
final class SampleImage {

    private SampleImage() {}

    static byte[] jpeg() {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), 1200, 900, new Color(230, 180, 90)));
        g.fillRect(0, 0, 1200, 900);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(30 + i * 18, 200 - i * 10, 120 + i * 9));
            g.fillOval(60 + i * 85, 120 + (i % 4) * 160, 180, 180);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
