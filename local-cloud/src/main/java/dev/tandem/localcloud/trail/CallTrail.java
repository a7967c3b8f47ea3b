package dev.tandem.localcloud.trail;

import dev.tandem.localcloud.edge.calls.CallListener;
import dev.tandem.localcloud.edge.calls.CallRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes each call the edge answered as one JSON line, appended to a file:
 *
 * <pre>{@code
 * {"time":"2026-12-03T12:03:04.123Z","principal":"arn:aws:iam::000000000000:role/tandem-image-resizer",
 *  "principalName":"tandem-image-resizer","service":"s3","action":"s3:GetObject",
 *  "resource":"arn:aws:s3:::media/uploads/p1/i1","outcome":"ok","status":200,"latencyMs":12}
 * }</pre>
 *
 * {@code action} and {@code resource} are the call's first IAM access ({@code service:Operation} if it asks for
 * none); a call with more than one resource lists them all in {@code resources}. {@code outcome} is {@code ok}, the
 * error code, {@code AccessDenied} for a call IAM refused, or {@code ConnectionDropped}. {@code correlationId}
 * appears when the call carries one.
 *
 * <p>Each line is flushed as it is written, so a test or a tail sees every call that has been answered. Lines are
 * written under a lock: at local rates that is cheaper than a queue. Closing stops the trail; calls answered after
 * that are not written.
 */
public final class CallTrail implements CallListener, AutoCloseable {

    /** The file name {@link #in(Path)} writes to. */
    public static final String FILE_NAME = "trail.jsonl";

    private static final Logger log = LoggerFactory.getLogger(CallTrail.class);

    private final Path file;
    private final BufferedWriter writer;
    private boolean open = true;

    /** Writes to {@code file}, a run's trail from its start: an earlier run's file is emptied first. */
    public CallTrail(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        this.file = file;
        this.writer = Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    /** A trail in {@code directory}'s {@value #FILE_NAME}. */
    public static CallTrail in(Path directory) throws IOException {
        return new CallTrail(directory.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    @Override
    public void completed(CallRecord call) {
        String line = JsonMapper.shared().writeValueAsString(toJson(call));
        synchronized (this) {
            if (!open) {
                return;
            }
            try {
                writer.write(line);
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                // A full disk must not fail the call being recorded; the trail says so once and stops.
                log.warn("The call trail {} could not be written and stops here", file, e);
                closeQuietly();
            }
        }
    }

    /** One line of the trail, as a JSON object. */
    static ObjectNode toJson(CallRecord call) {
        CallSummary summary = CallSummary.of(call);
        ObjectNode json = JsonMapper.shared().createObjectNode();
        json.put("time", call.time().toString());
        json.put("principal", call.principal().arn());
        json.put("principalName", call.principal().name());
        json.put("service", call.operation().service());
        json.put("action", summary.action());
        if (!summary.resources().isEmpty()) {
            json.put("resource", summary.resources().getFirst());
        }
        if (summary.resources().size() > 1) {
            ArrayNode resources = json.putArray("resources");
            summary.resources().forEach(resources::add);
        }
        json.put("outcome", summary.outcome());
        json.put("status", call.status());
        json.put("latencyMs", call.latency().toMillis());
        call.correlationId().ifPresent(id -> json.put("correlationId", id));
        return json;
    }

    @Override
    public synchronized void close() {
        if (open) {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        open = false;
        try {
            writer.close();
        } catch (IOException e) {
            log.warn("The call trail {} did not close cleanly", file, e);
        }
    }
}
