package dev.tandem.localcloud.lambda.environment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards a function JVM's stdout and stderr to the host's log line by line, each line prefixed
 * with the function's name ({@code [image-resizer] ...}), under a logger per function
 * ({@code dev.tandem.localcloud.lambda.function.<name>}) so that one noisy function can be turned
 * down. It keeps the last lines, which explain a runtime that died before it could report why.
 */
final class ProcessOutput {

    private static final int TAIL_LINES = 40;

    private final String functionName;
    private final Logger log;
    private final Deque<String> tail = new ArrayDeque<>();
    private final List<Thread> readers;

    private ProcessOutput(String functionName, Process process) {
        this.functionName = functionName;
        this.log = LoggerFactory.getLogger(loggerName(functionName));
        this.readers = List.of(
                Thread.ofVirtual().name(functionName + "-stdout").start(() -> pump(process.getInputStream(), false)),
                Thread.ofVirtual().name(functionName + "-stderr").start(() -> pump(process.getErrorStream(), true)));
    }

    static String loggerName(String functionName) {
        return ProcessOutput.class.getPackageName() + ".function." + functionName;
    }

    static ProcessOutput forward(String functionName, Process process) {
        return new ProcessOutput(functionName, process);
    }

    /** The last lines the process wrote, oldest first, once both streams are drained or {@code wait} passed. */
    List<String> tail(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (Thread reader : readers) {
            try {
                reader.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    private void pump(InputStream stream, boolean stderr) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (stderr) {
                    log.warn("[{}] {}", functionName, line);
                } else {
                    log.info("[{}] {}", functionName, line);
                }
                remember(line);
            }
        } catch (IOException e) {
            // A pipe can break under the reader while the process is killed; what it lost is of no use then.
            log.debug("[{}] output ended: {}", functionName, e.toString());
        }
    }

    private void remember(String line) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(line);
        }
    }
}
