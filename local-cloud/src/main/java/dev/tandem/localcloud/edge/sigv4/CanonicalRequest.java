package dev.tandem.localcloud.edge.sigv4;

import dev.tandem.localcloud.edge.request.AwsRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The canonical form of a request that Signature Version 4 signs: method, path, sorted query, the signed headers,
 * and the payload hash, one per line, as "Create a canonical request" describes
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html). S3 signs the path as sent; every
 * other service encodes each path segment a second time.
 */
final class CanonicalRequest {

    private CanonicalRequest() {}

    /**
     * @param signedQuery the raw query without the presigned URL's own {@code X-Amz-Signature}
     */
    static String of(
            AwsRequest request, String signedQuery, List<String> signedHeaders, String payloadHash, boolean isS3) {
        String headers = signedHeaders.stream()
                .map(name -> name + ":" + canonicalValue(request.headers().getOrDefault(name, List.of())) + "\n")
                .collect(Collectors.joining());
        String path = request.rawPath().isEmpty() ? "/" : request.rawPath();
        return String.join(
                "\n",
                request.method(),
                isS3 ? path : encodeSegments(path),
                canonicalQuery(signedQuery),
                headers,
                String.join(";", signedHeaders),
                payloadHash);
    }

    /** Query parameters decoded, re-encoded as RFC 3986 says, and sorted by name and then value. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty())
                .map(parameter -> parameter.split("=", 2))
                .map(pair -> Map.entry(encode(decode(pair[0])), encode(decode(pair.length > 1 ? pair[1] : ""))))
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(pair -> pair.getKey() + "=" + pair.getValue())
                .collect(Collectors.joining("&"));
    }

    /** The raw query without one parameter (the presigned signature, which cannot sign itself). */
    static String without(String rawQuery, String parameter) {
        return Arrays.stream(rawQuery.split("&"))
                .filter(pair -> !decode(pair.split("=", 2)[0]).equals(parameter))
                .collect(Collectors.joining("&"));
    }

    /** Several values of one header are joined by commas; surrounding and repeated inner spaces are dropped. */
    private static String canonicalValue(List<String> values) {
        return values.stream()
                .map(value -> value.strip().replaceAll("\\s+", " "))
                .collect(Collectors.joining(","));
    }

    /** The already-encoded path encoded once more, segment by segment: what services other than S3 sign. */
    private static String encodeSegments(String rawPath) {
        return Arrays.stream(rawPath.split("/", -1))
                .map(CanonicalRequest::encode)
                .collect(Collectors.joining("/"));
    }

    private static String decode(String text) {
        // URLDecoder would turn '+' into a space, which a percent-encoded query never means.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** RFC 3986 percent-encoding: everything except letters, digits and {@code -_.~} is encoded. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
