package dev.tandem.localcloud.lambda.environment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The running execution environments of one function, busy or idle. The most recently used idle
 * one is handed out first, so that under light load the same warm JVM serves every invocation.
 * Environments are closed outside the lock, as killing a JVM takes a moment. Once closed, the set
 * takes no environment any more, so that one launched while the host stops is not left behind.
 */
final class LiveEnvironments {

    private final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
    private final Set<ExecutionEnvironment> all = new HashSet<>();
    private boolean closed;

    synchronized boolean isClosed() {
        return closed;
    }

    /** Adds a newly launched environment, busy; false, and nothing added, once closed. */
    synchronized boolean add(ExecutionEnvironment environment) {
        return !closed && all.add(environment);
    }

    /** An idle environment that is still usable; unusable ones met on the way are closed. */
    Optional<ExecutionEnvironment> takeIdle() {
        while (true) {
            ExecutionEnvironment environment;
            synchronized (this) {
                environment = idle.pollFirst();
                if (environment == null || environment.usable()) {
                    return Optional.ofNullable(environment);
                }
                all.remove(environment);
            }
            environment.close();
        }
    }

    /** Makes a busy environment idle again, or closes it if it is no longer usable. */
    void release(ExecutionEnvironment environment) {
        synchronized (this) {
            if (!closed && environment.usable()) {
                idle.addFirst(environment);
                return;
            }
            all.remove(environment);
        }
        environment.close();
    }

    void retire(ExecutionEnvironment environment) {
        synchronized (this) {
            all.remove(environment);
            idle.remove(environment);
        }
        environment.close();
    }

    /** Closes every environment that is running an invocation now; idle ones stay. Returns how many. */
    int closeBusy() {
        List<ExecutionEnvironment> busy;
        synchronized (this) {
            busy = all.stream()
                    .filter(environment -> !idle.contains(environment))
                    .toList();
        }
        busy.forEach(ExecutionEnvironment::close);
        return busy.size();
    }

    void closeAll() {
        List<ExecutionEnvironment> environments;
        synchronized (this) {
            closed = true;
            environments = new ArrayList<>(all);
            all.clear();
            idle.clear();
        }
        environments.forEach(ExecutionEnvironment::close);
    }
}
