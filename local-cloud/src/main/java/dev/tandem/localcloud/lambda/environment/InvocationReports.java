package dev.tandem.localcloud.lambda.environment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the host's execution environments hand their {@link InvocationReport}s: each report's {@code START} line is
 * printed when the invocation begins and its {@code END} and {@code REPORT} lines when it ends, among the
 * function's own output and under the same logger ({@link ProcessOutput}'s); the newest reports are kept for
 * {@link FunctionHost#reports()}, and every listener gets each one, to write it to a log file, say.
 */
public final class InvocationReports {

    /** Enough for a long local run; older reports live on in the listeners' files. */
    private static final int KEPT = 10_000;

    private final Deque<InvocationReport> kept = new ArrayDeque<>();
    private final List<Consumer<InvocationReport>> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Consumer<InvocationReport> listener) {
        listeners.add(listener);
    }

    void started(String function, String requestId) {
        output(function).info("[{}] START RequestId: {} Version: {}", function, requestId, InvocationReport.LATEST);
    }

    void completed(InvocationReport report) {
        Logger output = output(report.function());
        output.info("[{}] {}", report.function(), report.endLine());
        output.info("[{}] {}", report.function(), report.reportLine());
        synchronized (kept) {
            if (kept.size() == KEPT) {
                kept.removeFirst();
            }
            kept.addLast(report);
        }
        listeners.forEach(listener -> listener.accept(report));
    }

    public List<InvocationReport> all() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }

    private static Logger output(String function) {
        return LoggerFactory.getLogger(ProcessOutput.loggerName(function));
    }
}
