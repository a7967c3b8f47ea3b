package dev.tandem.localcloud.s3;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an HTTP request that a Signature Version 4 signature covers.
 *
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, still percent-encoded; empty if there is none
 * @param headers header values by lower-case header name
 */
record SignedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    SignedRequest {
        headers = Map.copyOf(headers);
    }

    Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName)).map(values -> String.join(",", values));
    }
}
