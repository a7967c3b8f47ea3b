package dev.tandem.localcloud.s3;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The buckets' CORS configurations, as {@code PutBucketCors} last set them and {@code DeleteBucketCors} left them. */
final class BucketCors {

    private final Map<String, CorsConfiguration> configurations = new ConcurrentHashMap<>();

    void put(String bucket, CorsConfiguration configuration) {
        configurations.put(bucket, configuration);
    }

    Optional<CorsConfiguration> get(String bucket) {
        return Optional.ofNullable(configurations.get(bucket));
    }

    void remove(String bucket) {
        configurations.remove(bucket);
    }
}
