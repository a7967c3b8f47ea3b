package dev.tandem.lab.figures;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The REPORT lines the local run writes to {@code <runDir>/logs/<functionName>.log}, one file per
 * function and run, counting what was written after {@link #markNow} (the lab leaves the start-up's
 * and the seed's invocations out of its figures), and the run's cold starts from before the mark too:
 * the execution environments the lab's invocations ran in started then, often all of them.
 */
public final class FunctionLogs {

    private final Path logDirectory;
    private final Map<Path, Long> offsets = new HashMap<>();

    public FunctionLogs(Path runDirectory) {
        this.logDirectory = runDirectory.resolve("logs");
    }

    /** Remembers how long each log is now, so that {@link #reportsSinceMark} reads only what follows. */
    public void markNow() {
        offsets.clear();
        for (Path log : logs()) {
            try {
                offsets.put(log, Files.size(log));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Each function's REPORT lines written since the mark, by function name (the log's file name). */
    public Map<String, List<ReportLine>> reportsSinceMark() {
        Map<String, List<ReportLine>> reports = new TreeMap<>();
        for (Path log : logs()) {
            String function = log.getFileName().toString().replaceFirst("\\.log$", "");
            List<ReportLine> lines = new ArrayList<>();
            long mark = offsets.getOrDefault(log, 0L);
            for (String line : linesBefore(log, mark)) {
                ReportLine.parse(line).filter(ReportLine::cold).ifPresent(lines::add);
            }
            for (String line : linesAfter(log, mark)) {
                ReportLine.parse(line).ifPresent(lines::add);
            }
            reports.put(function, lines);
        }
        return reports;
    }

    private List<Path> logs() {
        if (!Files.isDirectory(logDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logDirectory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> linesBefore(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long to = Math.min(offset, file.length());
            byte[] bytes = new byte[(int) to];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> linesAfter(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            // A log that shrank was started afresh: all of it is new.
            long from = offset <= length ? offset : 0;
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
