package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void recognisesEachAcceptedFormatByItsLeadingBytes() {
        assertThat(ImageFormat.sniff(TestImages.jpeg(TestImages.camera(32, 24, 1), 0.9f, false)))
                .contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(TestImages.png(TestImages.camera(32, 24, 1))))
                .contains(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(TestImages.resource("lossy-alpha.webp"))).contains(ImageFormat.WEBP);
    }

    @Test
    void refusesContentThatIsNotAnAcceptedImageWhateverItsName() {
        assertThat(ImageFormat.sniff(TestImages.html())).isEmpty();
        assertThat(ImageFormat.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageFormat.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
    }
}
