package dev.tandem.catalog.image;

import java.time.Instant;
import java.util.Map;

/**
 * A new image and how to upload its bytes.
 *
 * @param upload an HTTP request the client makes straight to S3
 */
record UploadResponse(String imageId, ImageStatus status, Upload upload) {

    /**
     * @param headers the headers the request must carry exactly as given, since they are signed
     *     ({@code Content-Length} is the body's length, which HTTP clients set themselves)
     */
    record Upload(String url, String method, Map<String, String> headers, Instant expiresAt) {}
}
