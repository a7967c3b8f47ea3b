package dev.tandem.functions.images;

import dev.tandem.events.RejectionReason;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns the bytes of an upload into its encoded renditions: the format from the bytes, the pixel
 * limits from the header, one decode, then a pyramid of 2× box reductions shared by all
 * renditions, each finished by one bicubic step of less than 2×. Pure computation: no I/O.
 */
final class RenditionPipeline {

    private final ImageLimits limits;
    private final ImageDecoder decoder;

    RenditionPipeline(ImageLimits limits) {
        this.limits = limits;
        this.decoder = new ImageDecoder(limits);
    }

    /** The encoded renditions, largest first. */
    List<EncodedRendition> render(byte[] bytes) throws ImageRejectedException {
        List<EncodedRendition> encoded = new ArrayList<>();
        for (ScaledRendition rendition : scale(bytes)) {
            encoded.add(RenditionEncoder.encode(rendition.size(), rendition.pixels()));
        }
        return encoded;
    }

    /** The renditions' pixels, upright and with straight alpha, before encoding; largest first. */
    List<ScaledRendition> scale(byte[] bytes) throws ImageRejectedException {
        limits.checkSize(bytes.length);
        ImageFormat format = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new ImageRejectedException(
                        RejectionReason.UNSUPPORTED_TYPE,
                        "the content is not JPEG, PNG or WebP; it starts with " + leadingBytes(bytes)));
        Orientation orientation = ExifOrientation.read(bytes, format);
        PixelBuffer decoded = decoder.decode(bytes, format, 2 * RenditionSize.LARGE.box());
        PixelBuffer level = decoded.hasTransparentPixels() ? decoded.premultiply() : decoded.withoutAlpha();

        // Sizes are fitted to the upright image; the pixels are turned only at the end, when
        // there are fewer of them.
        boolean swap = orientation.swapsSides();
        int uprightWidth = swap ? decoded.height() : decoded.width();
        int uprightHeight = swap ? decoded.width() : decoded.height();
        List<ScaledRendition> renditions = new ArrayList<>();
        for (RenditionSize size : RenditionSize.values()) {
            RenditionSize.Dimensions upright = size.fit(uprightWidth, uprightHeight);
            int width = swap ? upright.height() : upright.width();
            int height = swap ? upright.width() : upright.height();
            // Box halving is cheap but soft and slightly aliased near its new Nyquist limit; it
            // stops while at least 2× is left, so that the bicubic step filters that band out.
            while ((level.width() + 1) / 2 >= 2 * width && (level.height() + 1) / 2 >= 2 * height) {
                level = BoxHalving.halve(level);
            }
            PixelBuffer resized = Resampler.resize(level, width, height);
            if (resized == level && level.premultiplied()) {
                // Unpremultiplying works in place, and this level still feeds the smaller sizes.
                resized = copyOf(level);
            }
            renditions.add(new ScaledRendition(size, orientation.apply(resized.unpremultiply())));
        }
        return renditions;
    }

    /** One rendition's pixels. */
    record ScaledRendition(RenditionSize size, PixelBuffer pixels) {}

    private static PixelBuffer copyOf(PixelBuffer pixels) {
        return new PixelBuffer(
                pixels.width(),
                pixels.height(),
                pixels.bands(),
                pixels.premultiplied(),
                pixels.samples().clone());
    }

    private static String leadingBytes(byte[] bytes) {
        return "0x" + HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 8));
    }
}
