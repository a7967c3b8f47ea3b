package dev.tandem.localcloud.lambda.environment;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Kills a process together with every process it started, the way Lambda discards a sandbox. */
final class ProcessTree {

    private static final Logger log = LoggerFactory.getLogger(ProcessTree.class);

    private ProcessTree() {}

    /** Kills {@code root} and its descendants and waits up to {@code wait} for all of them to be gone. */
    static void destroy(ProcessHandle root, Duration wait) {
        // Descendants first collected, then killed: once the root is gone they are no longer its descendants.
        List<ProcessHandle> tree =
                Stream.concat(Stream.of(root), root.descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException stillAlive) {
            throw new IllegalStateException(
                    "process " + root.pid() + " or one of its children did not exit within " + wait, stillAlive);
        }
    }
}
