package dev.tandem.functions.images;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * The decoder for each accepted format. The TwelveMonkeys plugins (JPEG with CMYK and YCCK, WebP)
 * are registered here explicitly rather than found by ImageIO's classpath scan, which only sees
 * the thread's context class loader and so can miss them in a function runtime or a test harness.
 */
final class ImageReaders {

    private static final ImageReaderSpi JPEG = register(new JPEGImageReaderSpi());
    private static final ImageReaderSpi WEBP = register(new WebPImageReaderSpi());

    private ImageReaders() {}

    static ImageReader create(ImageFormat format) throws IOException {
        return switch (format) {
            case JPEG -> JPEG.createReaderInstance();
            case WEBP -> WEBP.createReaderInstance();
            case PNG -> jdkPngReader();
        };
    }

    private static ImageReaderSpi register(ImageReaderSpi provider) {
        // Registration is what hands the JPEG plugin the JDK decoder it delegates to.
        IIORegistry.getDefaultInstance().registerServiceProvider(provider, ImageReaderSpi.class);
        return provider;
    }

    private static ImageReader jdkPngReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK has no PNG decoder");
        }
        return readers.next();
    }
}
