package dev.tandem.functions.images;

import dev.tandem.functions.platform.SdkClients;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What {@link FunctionBenchmark} runs in a fresh JVM, with a deployment jar first on the class
 * path: construct a handler, construct only the SDK clients it would build, or render one image.
 * It prints one line, {@code ready} or the figures, which the parent times and parses.
 */
final class BenchmarkProbe {

    private BenchmarkProbe() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "handler" -> {
                Object handler = Class.forName(args[1]).getConstructor().newInstance();
                System.out.println("ready " + handler.getClass().getSimpleName());
            }
            case "bare-image-resizer" -> ImageResizerClients.build();
            case "bare-payment-processor" -> PaymentProcessorClients.build();
            case "render" -> render(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
    }

    /**
     * The clients the image-resizer builds, and nothing else. A class of its own, because the JVM
     * verifies a class as a whole and the payment-processor's jar has no S3 classes.
     */
    private static final class ImageResizerClients {
        static void build() {
            S3Client s3 = SdkClients.configure(S3Client.builder()).build();
            EventBridgeClient events =
                    SdkClients.configure(EventBridgeClient.builder()).build();
            System.out.println("ready " + s3.getClass().getSimpleName() + "+"
                    + events.getClass().getSimpleName());
        }
    }

    private static final class PaymentProcessorClients {
        static void build() {
            DynamoDbClient dynamoDb =
                    SdkClients.configure(DynamoDbClient.builder()).build();
            EventBridgeClient events =
                    SdkClients.configure(EventBridgeClient.builder()).build();
            System.out.println("ready " + dynamoDb.getClass().getSimpleName() + "+"
                    + events.getClass().getSimpleName());
        }
    }

    /** Renders once and prints: milliseconds, rendition count, peak heap MiB, peak RSS MiB. */
    private static void render(Path image) throws Exception {
        byte[] bytes = Files.readAllBytes(image);
        long start = System.nanoTime();
        int renditions =
                new RenditionPipeline(ImageLimits.DEFAULT).render(bytes).size();
        long elapsed = System.nanoTime() - start;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "%.1f %d %.0f %.0f%n", elapsed / 1e6, renditions, peakHeap / 1048576.0, peakResidentMebibytes());
    }

    /** The process's peak resident set (VmHWM), or -1 where /proc is not available. */
    private static double peakResidentMebibytes() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToDouble(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024)
                .findFirst()
                .orElse(-1);
    }
}
