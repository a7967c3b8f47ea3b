package dev.tandem.catalog.recommendation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The snapshot's bytes: gzip-compressed JSON of {@link Document}, the model's arrays as they are.
 * JSON so that any engine that builds the same model (a Spark job, say) can write it and a person
 * can read it with {@code zcat}; gzip because the arrays of numbers compress to a fraction.
 */
final class SnapshotFormat {

    /** Bumped when the document changes incompatibly; a reader refuses formats it does not know. */
    static final int FORMAT = 1;

    static final String CONTENT_TYPE = "application/json";
    static final String CONTENT_ENCODING = "gzip";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SnapshotFormat() {}

    /**
     * The model as stored. Products are listed in id order; {@code neighbours} and {@code scores}
     * are compressed sparse rows indexed by {@code offsets} (product {@code p}'s neighbours are at
     * {@code offsets[p]} up to {@code offsets[p + 1]}, best first, as indices into {@code products}).
     *
     * @param buildMillis how long the build took, reading the orders included
     */
    record Document(
            int format,
            String version,
            Instant builtAt,
            Instant dataAsOf,
            long buildMillis,
            long orders,
            long pairs,
            String[] products,
            int[] orderCounts,
            int[] offsets,
            int[] neighbours,
            float[] scores) {}

    static byte[] write(RecommendationModel model) {
        Document document = new Document(
                FORMAT,
                model.version(),
                model.builtAt(),
                model.dataAsOf(),
                model.buildDuration().toMillis(),
                model.orders(),
                model.pairs(),
                model.productIds(),
                model.orderCounts(),
                model.offsets(),
                model.neighbours(),
                model.scores());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16)) {
            JSON.writeValue(gzip, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static RecommendationModel read(byte[] snapshot) {
        return read(new ByteArrayInputStream(snapshot));
    }

    static RecommendationModel read(InputStream snapshot) {
        Document document;
        try (InputStream json = new GZIPInputStream(snapshot, 1 << 16)) {
            document = JSON.readValue(json, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document.format() != FORMAT) {
            throw new IllegalArgumentException("snapshot format " + document.format() + ", expected " + FORMAT);
        }
        return new RecommendationModel(
                document.version(),
                document.builtAt(),
                document.dataAsOf(),
                Duration.ofMillis(document.buildMillis()),
                document.orders(),
                document.pairs(),
                document.products(),
                document.orderCounts(),
                document.offsets(),
                document.neighbours(),
                document.scores());
    }
}
