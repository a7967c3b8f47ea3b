package dev.tandem.localcloud.lambda.testfunctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a test function writes down what it was given, one line per event, so that a test can
 * check from outside the function JVM how often and by which process each event was handled. The
 * file is named by the {@code JOURNAL} environment variable.
 */
final class Journal {

    private Journal() {}

    static void record(String... fields) {
        String file = System.getenv("JOURNAL");
        if (file == null) {
            return;
        }
        try {
            Files.writeString(
                    Path.of(file),
                    String.join(" ", fields) + System.lineSeparator(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pid() {
        return Long.toString(ProcessHandle.current().pid());
    }
}
