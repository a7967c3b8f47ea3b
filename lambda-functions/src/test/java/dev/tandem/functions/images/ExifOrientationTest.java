package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExifOrientationTest {

    private static final byte[] PLAIN_JPEG = TestImages.jpeg(TestImages.camera(16, 8, 1), 0.8f, false);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsEachOrientationFromAJpegInEitherByteOrder(int value) {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            byte[] jpeg = CraftedFiles.withExif(PLAIN_JPEG, value, order);
            assertThat(ExifOrientation.read(jpeg, ImageFormat.JPEG)).isEqualTo(Orientation.ofExifValue(value));
        }
    }

    @Test
    void treatsAJpegWithoutExifAsUpright() {
        assertThat(ExifOrientation.read(PLAIN_JPEG, ImageFormat.JPEG)).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void treatsDamagedExifAsUpright() {
        byte[] jpeg = CraftedFiles.withExif(PLAIN_JPEG, 6, ByteOrder.BIG_ENDIAN);
        byte[] cut = Arrays.copyOf(jpeg, 24);
        assertThat(ExifOrientation.read(cut, ImageFormat.JPEG)).isEqualTo(Orientation.NORMAL);
        byte[] badOffset = jpeg.clone();
        // The IFD0 offset, 4 bytes after "MM", now points far outside the file.
        badOffset[2 + 4 + 6 + 4] = 0x7F;
        assertThat(ExifOrientation.read(badOffset, ImageFormat.JPEG)).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void readsTheOrientationOfAPngFromItsExifChunk() {
        byte[] png = TestImages.png(TestImages.camera(16, 8, 1));
        byte[] withExif = CraftedFiles.withPngChunk(png, "eXIf", CraftedFiles.exifTiff(8, ByteOrder.LITTLE_ENDIAN));

        assertThat(ExifOrientation.read(withExif, ImageFormat.PNG)).isEqualTo(Orientation.ROTATE_270_CLOCKWISE);
        assertThat(ExifOrientation.read(png, ImageFormat.PNG)).isEqualTo(Orientation.NORMAL);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readsTheOrientationOfAWebpFromItsExifChunkWithOrWithoutTheJpegPrefix(boolean prefixed) {
        byte[] tiff = CraftedFiles.exifTiff(3, ByteOrder.BIG_ENDIAN);
        byte[] payload = prefixed ? concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff) : tiff;
        byte[] webp = riff(TestImages.resource("lossless.webp"), payload);

        assertThat(ExifOrientation.read(webp, ImageFormat.WEBP)).isEqualTo(Orientation.ROTATE_180);
    }

    /** The WebP's chunks followed by an EXIF chunk, under a RIFF header with the new length. */
    private static byte[] riff(byte[] webp, byte[] exif) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes(Arrays.copyOfRange(webp, 12, webp.length));
        chunks.writeBytes("EXIF".getBytes(StandardCharsets.ISO_8859_1));
        chunks.writeBytes(ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(exif.length)
                .array());
        chunks.writeBytes(exif);
        if (exif.length % 2 == 1) {
            chunks.write(0);
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(body.length + 4);
        header.put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        return concat(header.array(), body);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
