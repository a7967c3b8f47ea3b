package dev.tandem.localcloud.s3;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** One request that the gateway answers itself instead of S3Proxy, with an S3 request id on the answer. */
record S3Exchange(Request request, Response response, Callback callback, String requestId) {

    static S3Exchange of(Request request, Response response, Callback callback) {
        return new S3Exchange(request, response, callback, newRequestId());
    }

    void respond(String xml) {
        send(200, xml);
    }

    void noContent() {
        send(204, "");
    }

    void fail(S3Error error) {
        send(error.status(), error.toXml(request.getHttpURI().getDecodedPath(), requestId));
    }

    void send(int status, String xml) {
        response.setStatus(status);
        response.getHeaders().put("x-amz-request-id", requestId);
        if (!xml.isEmpty()) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/xml");
        }
        Content.Sink.write(response, true, xml, callback);
    }

    /** S3 request ids are sixteen upper-case hex digits. */
    private static String newRequestId() {
        return HexFormat.of()
                .withUpperCase()
                .toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
