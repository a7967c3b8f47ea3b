package dev.tandem.localcloud.edge.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A response on its way to the client, whose first bytes the edge keeps when it is an error: enough to read the
 * service's error code from, for the call trail.
 */
final class ResponseTap extends Response.Wrapper {

    private static final int KEPT_BYTES = 16 * 1024;

    private final ByteArrayOutputStream head = new ByteArrayOutputStream();

    ResponseTap(Request request, Response wrapped) {
        super(request, wrapped);
    }

    @Override
    public void write(boolean last, ByteBuffer content, Callback callback) {
        if (getStatus() >= 300 && content != null && head.size() < KEPT_BYTES) {
            ByteBuffer copy = content.slice();
            byte[] bytes = new byte[Math.min(copy.remaining(), KEPT_BYTES - head.size())];
            copy.get(bytes);
            head.writeBytes(bytes);
        }
        super.write(last, content, callback);
    }

    /** The first bytes of an error's body; empty for a success. */
    byte[] errorHead() {
        return head.toByteArray();
    }
}
