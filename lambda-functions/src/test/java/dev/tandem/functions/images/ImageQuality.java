package dev.tandem.functions.images;

import dev.tandem.functions.images.RenditionPipeline.ScaledRendition;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Quality yardsticks for the benchmark: a slow, exact Lanczos-3 reduction to compare renditions
 * against, the PSNR of a rendition against it, and the naive one-step bilinear reduction whose
 * aliasing the pyramid exists to avoid.
 */
final class ImageQuality {

    private static final int LOBES = 3;

    private ImageQuality() {}

    /** A Lanczos-3 reduction computed in floating point, one axis at a time, with no shortcuts. */
    static float[][] lanczos(BufferedImage source, int width, int height) {
        float[][] rgb = new float[3][source.getWidth() * source.getHeight()];
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                int pixel = source.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    rgb[c][y * source.getWidth() + x] = (pixel >> (16 - 8 * c)) & 0xFF;
                }
            }
        }
        float[][] result = new float[3][];
        for (int c = 0; c < 3; c++) {
            float[] wide = resample(rgb[c], source.getWidth(), source.getHeight(), width, true);
            result[c] = resample(wide, width, source.getHeight(), height, false);
        }
        return result;
    }

    /** Peak signal-to-noise ratio of an image against a reference of the same size, in dB. */
    static double psnr(BufferedImage image, float[][] reference) {
        double squared = 0;
        int width = image.getWidth();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                int pixel = image.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    double error = ((pixel >> (16 - 8 * c)) & 0xFF) - Math.clamp(reference[c][y * width + x], 0, 255);
                    squared += error * error;
                }
            }
        }
        double mse = squared / (3.0 * width * image.getHeight());
        return 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /** Java2D's bilinear scaling straight to the target size: fast, and aliased. */
    static BufferedImage oneStepBilinear(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        var graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(source, 0, 0, width, height, null);
        graphics.dispose();
        return target;
    }

    static void printReport(List<ScaledRendition> ours, Optional<Vipsthumbnail> vips, Path camera, Path work)
            throws Exception {
        System.out.println(
                "Quality: PSNR against an exact Lanczos-3 reduction of the same pixels, before JPEG encoding:");
        BufferedImage decoded = RenditionChecks.decode(Files.readAllBytes(camera));
        for (ScaledRendition rendition : List.of(ours.getFirst(), ours.getLast())) {
            PixelBuffer pixels = rendition.pixels();
            float[][] reference = lanczos(decoded, pixels.width(), pixels.height());
            String line = String.format(
                    "  %-9s %4dx%-4d  pipeline %.2f dB, one-step bilinear %.2f dB",
                    rendition.size().label(),
                    pixels.width(),
                    pixels.height(),
                    psnr(pixels.toImage(ColorSpace.getInstance(ColorSpace.CS_sRGB)), reference),
                    psnr(oneStepBilinear(decoded, pixels.width(), pixels.height()), reference));
            if (vips.isPresent()) {
                Path png = work.resolve("vips-" + rendition.size().label() + ".png");
                vips.get().writeLossless(camera, rendition.size().box(), png);
                line += String.format(
                        ", vipsthumbnail %.2f dB", psnr(RenditionChecks.decode(Files.readAllBytes(png)), reference));
            }
            System.out.println(line);
        }
        System.out.println();
    }

    private static float[] resample(float[] in, int width, int height, int length, boolean horizontal) {
        int sourceLength = horizontal ? width : height;
        double scale = (double) sourceLength / length;
        double support = LOBES * scale;
        int outWidth = horizontal ? length : width;
        int outHeight = horizontal ? height : length;
        float[] out = new float[outWidth * outHeight];
        for (int i = 0; i < length; i++) {
            double center = (i + 0.5) * scale;
            int first = Math.max(0, (int) Math.floor(center - support));
            int last = Math.min(sourceLength - 1, (int) Math.ceil(center + support));
            double[] weights = new double[last - first + 1];
            double total = 0;
            for (int s = first; s <= last; s++) {
                weights[s - first] = kernel((s + 0.5 - center) / scale);
                total += weights[s - first];
            }
            int lines = horizontal ? height : width;
            for (int line = 0; line < lines; line++) {
                double sum = 0;
                for (int s = first; s <= last; s++) {
                    int index = horizontal ? line * width + s : s * width + line;
                    sum += weights[s - first] * in[index];
                }
                out[horizontal ? line * outWidth + i : i * outWidth + line] = (float) (sum / total);
            }
        }
        return out;
    }

    private static double kernel(double x) {
        if (x == 0) {
            return 1;
        }
        if (Math.abs(x) >= LOBES) {
            return 0;
        }
        double px = Math.PI * x;
        return LOBES * Math.sin(px) * Math.sin(px / LOBES) / (px * px);
    }
}
