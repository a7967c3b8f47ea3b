package dev.tandem.e2e;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** JPEG files for the browser tests to upload: a mug on a pale background, so the screenshots show a product. */
final class ProductPhotos {

    private ProductPhotos() {}

    static Path mug(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xf1faee), width, height, new Color(0xa8dadc)));
        g.fillRect(0, 0, width, height);
        g.setColor(colour);
        g.fillRoundRect(width / 4, height / 4, width / 3, height / 2, width / 20, width / 20);
        g.fillOval(width / 4 + width / 3 - width / 20, height / 3, width / 6, height / 4);
        g.setColor(new Color(0xf1faee));
        g.fillOval(width / 4 + width / 3 + width / 60, height / 3 + height / 16, width / 12, height / 8);
        g.dispose();
        try {
            // A plain name: the admin page shows it next to the file picker.
            Path file = Files.createTempDirectory("tandem-e2e").resolve("mug.jpg");
            ImageIO.write(image, "jpg", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
