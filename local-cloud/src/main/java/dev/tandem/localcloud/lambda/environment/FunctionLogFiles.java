package dev.tandem.localcloud.lambda.environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends each invocation's {@code START}, {@code END} and {@code REPORT} lines to {@code <function>.log} in one
 * directory, as Lambda writes them to the function's CloudWatch log stream, so that tools written against AWS's
 * format (the decision lab's REPORT parser) read a local run's figures as they would a deployed one's. Plain text,
 * one line each, never coloured.
 */
public final class FunctionLogFiles implements Consumer<InvocationReport> {

    private static final Logger log = LoggerFactory.getLogger(FunctionLogFiles.class);

    private final Path directory;

    public FunctionLogFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * Log files for a new run: the previous run's are deleted first, as the call trail is started afresh, so that a
     * log holds one run's invocations (its cold starts among them), like a CloudWatch log stream.
     */
    public static FunctionLogFiles forNewRun(Path directory) {
        if (Files.isDirectory(directory)) {
            try (var logs = Files.newDirectoryStream(directory, "*.log")) {
                for (Path old : logs) {
                    Files.delete(old);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not clear the previous run's function logs in " + directory, e);
            }
        }
        return new FunctionLogFiles(directory);
    }

    /** The file that holds a function's lines. */
    public Path fileOf(String function) {
        return directory.resolve(function + ".log");
    }

    @Override
    public synchronized void accept(InvocationReport report) {
        String lines = report.startLine() + "\n" + report.endLine() + "\n" + report.reportLine() + "\n";
        try {
            Files.createDirectories(directory);
            Files.writeString(
                    fileOf(report.function()),
                    lines,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // A full disk must not fail the invocation; the lines were printed all the same.
            log.warn("could not append {}'s report to {}: {}", report.function(), directory, e.toString());
        }
    }
}
