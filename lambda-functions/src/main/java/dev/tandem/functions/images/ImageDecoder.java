package dev.tandem.functions.images;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import dev.tandem.events.RejectionReason;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an upload once, refusing it before decoding if its header claims too many pixels, and
 * after decoding if the decoder had to guess. ImageIO does not fail on a truncated JPEG: it warns,
 * fills the missing blocks with grey and returns an image, so the warnings are collected and
 * treated as corruption.
 */
final class ImageDecoder {

    /**
     * Warnings that lose no pixels: stray bytes between JPEG segments (common in phone photos),
     * an unreadable colour profile, and a CMYK JPEG without one (both are then converted with a
     * generic profile, which is what every browser does too).
     */
    private static final List<String> HARMLESS_WARNINGS =
            List.of("extraneous bytes before marker", "color profile is invalid", "no embedded icc color profile");

    private final ImageLimits limits;

    ImageDecoder(ImageLimits limits) {
        this.limits = limits;
    }

    /**
     * Decodes the image, subsampled by the largest whole factor that still leaves its longer side
     * at least {@code minimumLongSide} pixels (decoding fewer pixels is cheaper, and every
     * rendition is at least 2× smaller than that).
     */
    PixelBuffer decode(byte[] bytes, ImageFormat format, int minimumLongSide) throws ImageRejectedException {
        List<String> warnings = new ArrayList<>();
        BufferedImage image;
        ImageReader reader = null;
        try (ImageInputStream input = new ByteArrayImageInputStream(bytes)) {
            reader = ImageReaders.create(format);
            reader.setInput(input, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            limits.checkDimensions(width, height);
            int factor = Math.max(1, Math.max(width, height) / minimumLongSide);
            ImageReadParam param = reader.getDefaultReadParam();
            if (factor > 1) {
                param.setSourceSubsampling(factor, factor, 0, 0);
            }
            image = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            // Decoders of untrusted bytes fail in many ways (IIOException, EOFException, index
            // errors deep inside a codec); for an upload each means the same thing.
            throw new ImageRejectedException(
                    RejectionReason.CORRUPT, format + " could not be decoded: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
        for (String warning : warnings) {
            if (!isHarmless(warning)) {
                throw new ImageRejectedException(
                        RejectionReason.CORRUPT, format + " decoded with a warning: " + warning);
            }
        }
        return CanonicalImages.toPixels(image);
    }

    private static boolean isHarmless(String warning) {
        String lower = warning.toLowerCase(Locale.ROOT);
        return HARMLESS_WARNINGS.stream().anyMatch(lower::contains);
    }
}
