package dev.tandem.functions.images;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The functions' benchmark: rendering speed and quality next to libvips, cold-start figures, peak
 * memory and jar sizes, printed in one run. Not a test: figures depend on the machine, so nothing
 * here passes or fails. Run it with {@code ./mvnw -pl lambda-functions -am -Pbench -DskipTests
 * verify}; the profile passes the module's {@code target} directory as the only argument.
 */
final class FunctionBenchmark {

    private static final int WARM_UP = 8;
    private static final int MEASURED = 15;

    private FunctionBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Path work = Files.createDirectories(target.resolve("benchmark"));
        Path resizerJar = target.resolve("image-resizer.jar");
        Path paymentsJar = target.resolve("payment-processor.jar");
        Path probeClasses = target.resolve("test-classes");
        System.out.printf(
                "Tandem lambda-functions benchmark: JDK %s, %d CPUs%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors());

        Path camera = work.resolve("camera-12mp.jpg");
        Files.write(camera, TestImages.jpeg(TestImages.camera(4000, 3000, 12), 0.9f, false));
        byte[] upload = Files.readAllBytes(camera);
        System.out.printf("Input: %s, 4000x3000 JPEG q90, %.1f MB (generated)%n%n", camera, upload.length / 1e6);

        RenditionPipeline pipeline = new RenditionPipeline(ImageLimits.DEFAULT);
        Timings warm = repeat(() -> pipeline.render(upload));
        ImageDecoder decoder = new ImageDecoder(ImageLimits.DEFAULT);
        Timings decode = repeat(() -> decoder.decode(upload, ImageFormat.JPEG, 2 * RenditionSize.LARGE.box()));
        System.out.println("All three renditions (1600, 800, 200 px boxes) from one 12 MP JPEG, warm, one thread,");
        System.out.printf("median of %d (wall clock / CPU time):%n", MEASURED);
        System.out.printf(
                "  image-resizer pipeline   %6.1f / %6.1f ms  (the JPEG decode alone: %.1f / %.1f ms)%n",
                warm.wall(), warm.cpu(), decode.wall(), decode.cpu());
        Optional<Vipsthumbnail> vips = Vipsthumbnail.find();
        if (vips.isPresent()) {
            double wall = 0;
            double cpu = 0;
            List<String> parts = new ArrayList<>();
            for (RenditionSize size : RenditionSize.values()) {
                Path out = work.resolve("vips-" + size.label() + ".jpg");
                vips.get().run(camera, size.box(), out);
                double[] walls = new double[5];
                double[] cpus = new double[5];
                for (int i = 0; i < walls.length; i++) {
                    Vipsthumbnail.Timing timing = vips.get().run(camera, size.box(), out);
                    walls[i] = timing.wallMillis();
                    cpus[i] = timing.cpuMillis();
                }
                wall += median(walls);
                cpu += median(cpus);
                parts.add(String.format("%.0f", median(walls)));
            }
            System.out.printf(
                    "  vipsthumbnail, 3 runs    %6.1f / %6.1f ms  (%s ms wall for 1600/800/200; VIPS_CONCURRENCY=1; median of 5)%n",
                    wall, cpu, String.join(" + ", parts));
            System.out.printf(
                    "  ratio                    %6.2fx / %5.2fx   (target: at most 1.0x)%n%n",
                    warm.wall() / wall, warm.cpu() / cpu);
        } else {
            System.out.println(
                    "  vipsthumbnail not found on PATH: comparison skipped (apt-get install libvips-tools)\n");
        }
        ImageQuality.printReport(pipeline.scale(upload), vips, camera, work);
        FirstInvocationReport.print(target, camera, work);
        ColdStartReport.printFreshJvm(new ChildJvm(resizerJar, probeClasses), camera, work);
        ColdStartReport.printInit(resizerJar, paymentsJar, probeClasses);
        System.out.printf(
                "Deployment jars: image-resizer.jar %.1f MB (target 12), payment-processor.jar %.1f MB (target 10)%n",
                Files.size(resizerJar) / 1e6, Files.size(paymentsJar) / 1e6);
        // DynamoDB Local leaves a non-daemon scheduler thread running for minutes after local-cloud
        // has stopped it, which would keep this JVM (and the Maven build) waiting.
        System.exit(0);
    }

    private static Timings repeat(Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[MEASURED];
        double[] cpu = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        return new Timings(median(wall), median(cpu));
    }

    /** Medians: wall clock, and this thread's CPU time (which other load on the machine disturbs less). */
    private record Timings(double wall, double cpu) {}

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
