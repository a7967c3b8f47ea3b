package dev.tandem.localcloud.lambda.environment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A process's peak resident memory, what Lambda reports as {@code Max Memory Used}: Linux's high-water mark of the
 * resident set ({@code VmHWM} in {@code /proc/<pid>/status}). Where there is no {@code /proc} (macOS), or the
 * process is gone, there is no figure.
 */
final class PeakMemory {

    private static final String HIGH_WATER_MARK = "VmHWM:";

    private PeakMemory() {}

    /** The peak in MB (MiB, as Lambda counts), rounded up. */
    static OptionalLong ofProcess(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(HIGH_WATER_MARK)) {
                    return OptionalLong.of(megabytes(line));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // No /proc here, or the process ended between the invocation and this read.
        }
        return OptionalLong.empty();
    }

    /** {@code VmHWM:    87654 kB} in MB, rounded up. */
    static long megabytes(String statusLine) {
        String kilobytes =
                statusLine.substring(HIGH_WATER_MARK.length()).replace("kB", "").strip();
        return (Long.parseLong(kilobytes) + 1023) / 1024;
    }
}
