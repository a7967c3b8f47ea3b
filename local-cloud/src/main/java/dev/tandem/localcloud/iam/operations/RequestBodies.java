package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.request.AwsRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * Reads a request's body in the protocol its service speaks. A body that cannot be read is an empty object: the
 * service itself will refuse the request, and the resolver must not throw.
 */
public final class RequestBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RequestBodies() {}

    /** AWS JSON 1.0/1.1 and REST-JSON bodies. */
    public static JsonNode json(AwsRequest request) {
        try {
            JsonNode body = request.body().length == 0 ? null : JSON.readTree(request.body());
            return body != null && body.isObject() ? body : empty();
        } catch (JacksonException e) {
            return empty();
        }
    }

    /** Smithy RPC v2 CBOR bodies, gzip-compressed when the request says so. */
    static JsonNode cbor(AwsRequest request) {
        if (request.body().length == 0) {
            return empty();
        }
        boolean gzip = request.header("content-encoding")
                .filter("gzip"::equalsIgnoreCase)
                .isPresent();
        try (InputStream in = gzip
                ? new GZIPInputStream(new ByteArrayInputStream(request.body()))
                : new ByteArrayInputStream(request.body())) {
            JsonNode body = CBORMapper.shared().readTree(in.readAllBytes());
            return body != null && body.isObject() ? body : empty();
        } catch (IOException | JacksonException e) {
            return empty();
        }
    }

    /** An {@code application/x-www-form-urlencoded} body (the query protocol), first value of each name. */
    public static Map<String, String> form(AwsRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean isForm = request.header("content-type")
                .filter(type -> type.startsWith("application/x-www-form-urlencoded"))
                .isPresent();
        if (!isForm || request.body().length == 0) {
            return fields;
        }
        for (String field : new String(request.body(), StandardCharsets.UTF_8).split("&")) {
            String[] pair = field.split("=", 2);
            if (!pair[0].isEmpty()) {
                fields.putIfAbsent(decode(pair[0]), pair.length > 1 ? decode(pair[1]) : "");
            }
        }
        return fields;
    }

    /** The operation named by an {@code x-amz-target} header of the form {@code <prefix>.<Operation>}. */
    static String target(AwsRequest request) {
        String target = request.header("x-amz-target").orElse("");
        return target.substring(target.lastIndexOf('.') + 1);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode empty() {
        return JsonNodeFactory.instance.objectNode();
    }
}
