package dev.tandem.localcloud.edge.request;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One AWS API request as it reached the edge, before it is passed on to the service that answers it: what a
 * signature covers, and the service its credential scope names. Everything that looks at a request on its way
 * (signature check, IAM, faults, the call trail) reads it from here.
 *
 * @param service the service name of the request's SigV4 credential scope ({@code s3}, {@code sqs}, {@code
 *     dynamodb}, {@code events}, {@code monitoring}, {@code lambda}); {@code s3} for an unsigned request, which
 *     only S3 takes (a browser's preflight, an anonymous GET)
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, still percent-encoded; empty if there is none
 * @param headers header values by lower-case header name
 * @param body the whole body; empty if there is none
 */
public record AwsRequest(
        String service,
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body) {

    public AwsRequest {
        headers = Map.copyOf(headers);
    }

    /** The header's values joined by commas, as SigV4 joins them; empty if the request has none. */
    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName)).map(values -> String.join(",", values));
    }

    /** The query's parameters, decoded, in the order sent; a parameter without a value maps to "". */
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            String[] pair = parameter.split("=", 2);
            parameters
                    .computeIfAbsent(decode(pair[0]), name -> new ArrayList<>())
                    .add(pair.length > 1 ? decode(pair[1]) : "");
        }
        return parameters;
    }

    /** The first value of a query parameter, decoded. */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(queryParameters().get(name)).map(List::getFirst);
    }

    /** The path, decoded. */
    public String path() {
        return decode(rawPath.isEmpty() ? "/" : rawPath);
    }

    private static String decode(String text) {
        // URLDecoder would turn '+' into a space, which a percent-encoded path or query never means.
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
