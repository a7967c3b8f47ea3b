package dev.tandem.functions.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark's cold-start part: first render, a 40 MP image, and init times, each in fresh JVMs. */
final class ColdStartReport {

    /** What the Lambda Java runtime leaves for the heap of a 1024 MB function, roughly 85 %. */
    static final String FUNCTION_HEAP = "-Xmx870m";

    private static final int LAUNCHES = 7;

    private ColdStartReport() {}

    static void printFreshJvm(ChildJvm resizer, Path camera, Path work) throws Exception {
        double[] first =
                resizer.run(List.of(FUNCTION_HEAP), "render", camera.toString()).figures();
        System.out.printf(
                "First render in a fresh JVM (image-resizer.jar, %s): %.0f ms; peak heap %.0f MiB, peak RSS %.0f MiB%n",
                FUNCTION_HEAP, first[0], first[2], first[3]);
        Path large = work.resolve("camera-40mp.jpg");
        Files.write(large, TestImages.jpeg(TestImages.camera(7300, 5475, 40), 0.9f, false));
        double[] forty =
                resizer.run(List.of(FUNCTION_HEAP), "render", large.toString()).figures();
        System.out.printf(
                "40 MP JPEG (7300x5475) in a fresh JVM with %s (85%% of a 1024 MB function): %.0f ms; "
                        + "peak heap %.0f MiB, peak RSS %.0f MiB%n%n",
                FUNCTION_HEAP, forty[0], forty[2], forty[3]);
    }

    static void printInit(Path resizerJar, Path paymentsJar, Path probeClasses) throws Exception {
        System.out.printf(
                "Init, JVM launch to handler constructed (median of %d launches, no endpoint overrides):%n", LAUNCHES);
        for (Path jar : List.of(resizerJar, paymentsJar)) {
            String function = jar.getFileName().toString().replace(".jar", "");
            String handler = function.equals("image-resizer")
                    ? ImageResizerHandler.class.getName()
                    : "dev.tandem.functions.payments.PaymentProcessorHandler";
            ChildJvm child = new ChildJvm(jar, probeClasses);
            double[] handlerTimes = new double[LAUNCHES];
            double[] bareTimes = new double[LAUNCHES];
            for (int i = 0; i < LAUNCHES; i++) {
                handlerTimes[i] =
                        child.run(List.of(FUNCTION_HEAP), "handler", handler).millis();
                bareTimes[i] =
                        child.run(List.of(FUNCTION_HEAP), "bare-" + function).millis();
            }
            System.out.printf(
                    "  %-17s handler %6.0f ms, bare JVM building the same SDK clients %6.0f ms: %.2fx (target: at most 1.3x)%n",
                    function,
                    FunctionBenchmark.median(handlerTimes),
                    FunctionBenchmark.median(bareTimes),
                    FunctionBenchmark.median(handlerTimes) / FunctionBenchmark.median(bareTimes));
        }
        System.out.println();
    }
}
