package dev.tandem.functions.images;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Runs libvips' {@code vipsthumbnail} command, single-threaded, for the benchmark's comparison. */
final class Vipsthumbnail {

    private static final Path TIME = Path.of("/usr/bin/time");

    private final Path executable;

    private Vipsthumbnail(Path executable) {
        this.executable = executable;
    }

    /** The command on the {@code PATH}, if libvips' tools are installed. */
    static Optional<Vipsthumbnail> find() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, "vipsthumbnail"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Vipsthumbnail::new);
    }

    /**
     * One run, fitting the image into a {@code box}-pixel square as a JPEG at quality 85 without
     * metadata, like the resizer's renditions: wall-clock milliseconds from process start to exit,
     * and the CPU milliseconds (user + system) that {@code /usr/bin/time} reports, or NaN without it.
     */
    Timing run(Path source, int box, Path target) throws IOException, InterruptedException {
        Path timeOutput = Files.createTempFile("vipsthumbnail", ".time");
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", timeOutput.toString()));
        }
        command.addAll(List.of(
                executable.toString(),
                source.toString(),
                "--size",
                box + "x" + box,
                "-o",
                target.toAbsolutePath() + "[Q=85,strip]"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // One worker thread, to compare with the resizer's single thread.
        builder.environment().put("VIPS_CONCURRENCY", "1");
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IOException("vipsthumbnail failed (" + exit + "): " + output);
        }
        String[] cpu = Files.readString(timeOutput).trim().split("\\s+");
        Files.delete(timeOutput);
        double cpuMillis =
                cpu.length == 2 ? (Double.parseDouble(cpu[0]) + Double.parseDouble(cpu[1])) * 1000 : Double.NaN;
        return new Timing(wall, cpuMillis);
    }

    record Timing(double wallMillis, double cpuMillis) {}

    /** Like {@link #run}, writing PNG, so that quality is compared before any JPEG loss. */
    void writeLossless(Path source, int box, Path target) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(
                        executable.toString(),
                        source.toString(),
                        "--size",
                        box + "x" + box,
                        "-o",
                        target.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .start();
        process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IOException("vipsthumbnail could not write " + target);
        }
    }
}
