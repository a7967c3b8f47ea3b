package dev.tandem.catalog.recommendation;

import dev.tandem.catalog.config.TandemProperties;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The model's snapshots in the media bucket, under {@code tandem.recommendations.snapshot-prefix}
 * ({@code models/recommendations/}):
 *
 * <ul>
 *   <li>{@code v-<epochMillis>-<random hex>.json.gz}, one object per build, never overwritten: the
 *       version in the key is the one inside the snapshot;
 *   <li>{@code latest}, a small text object holding the key of the newest snapshot. A builder writes
 *       it after the snapshot, so whoever reads the pointer finds a complete snapshot behind it.
 * </ul>
 *
 * A pointer rather than a listing: reading one small object costs the same however many versions
 * there are, and the instance role needs no {@code s3:ListBucket}. S3 reads after writes are
 * strongly consistent (https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html#ConsistencyModel),
 * so an instance that reads the new pointer gets the new snapshot. Old versions stay for
 * inspection and roll-back (repoint {@code latest}); a lifecycle rule may expire them.
 */
@Component
class SnapshotStore {

    static final String POINTER = "latest";

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    SnapshotStore(S3Client s3, TandemProperties properties) {
        this.s3 = s3;
        this.bucket = properties.media().bucket();
        this.prefix = properties.recommendations().snapshotPrefix();
    }

    /** A fresh version name: the build's time, and a random suffix no two builds share. */
    static String newVersion(long epochMillis) {
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return "v-" + epochMillis + "-" + HexFormat.of().formatHex(random);
    }

    /** Writes the snapshot, then points {@code latest} at it; returns the snapshot's size in bytes. */
    long publish(RecommendationModel model) {
        byte[] snapshot = SnapshotFormat.write(model);
        String key = keyOf(model.version());
        s3.putObject(
                put -> put.bucket(bucket)
                        .key(key)
                        .contentType(SnapshotFormat.CONTENT_TYPE)
                        .contentEncoding(SnapshotFormat.CONTENT_ENCODING),
                RequestBody.fromBytes(snapshot));
        s3.putObject(
                put -> put.bucket(bucket).key(prefix + POINTER).contentType("text/plain"),
                RequestBody.fromString(key, StandardCharsets.UTF_8));
        return snapshot.length;
    }

    /**
     * The key {@code latest} points at; empty before the first build. Without {@code s3:ListBucket}
     * (which the instance role deliberately lacks), S3 answers a GET of a missing key with 403
     * rather than 404 (https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html,
     * "Permissions"), so before the first build the pointer's absence looks like a refusal. Both
     * mean "no model to load"; a role that really may not read the prefix fails again, loudly, when
     * the build puts its snapshot.
     */
    Optional<String> latestKey() {
        try {
            ResponseBytes<GetObjectResponse> pointer =
                    s3.getObjectAsBytes(get -> get.bucket(bucket).key(prefix + POINTER));
            return Optional.of(pointer.asUtf8String().strip());
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == HttpURLConnection.HTTP_FORBIDDEN) {
                return Optional.empty();
            }
            throw e;
        }
    }

    RecommendationModel read(String key) {
        return SnapshotFormat.read(
                s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArray());
    }

    String keyOf(String version) {
        return prefix + version + ".json.gz";
    }
}
