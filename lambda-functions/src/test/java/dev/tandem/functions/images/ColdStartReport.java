package dev.tandem.functions.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The benchmark's cold-start part: first render, a 40 MP image, and init times, each in fresh JVMs. */
final class ColdStartReport {

    /** What the Lambda Java runtime leaves for the heap of a 1024 MB function, roughly 85 %. */
    static final String FUNCTION_HEAP = "-Xmx870m";

    private static final int LAUNCHES = 9;

    private ColdStartReport() {}

    static void printFreshJvm(ChildJvm resizer, Path camera, Path work) throws Exception {
        double[] first = fastestRender(resizer, camera);
        System.out.printf(
                "First render in a fresh JVM (image-resizer.jar, %s, fastest of 3): %.0f ms; "
                        + "peak heap %.0f MiB, peak RSS %.0f MiB%n",
                FUNCTION_HEAP, first[0], first[2], first[3]);
        Path large = work.resolve("camera-40mp.jpg");
        Files.write(large, TestImages.jpeg(TestImages.camera(7300, 5475, 40), 0.9f, false));
        double[] forty = fastestRender(resizer, large);
        System.out.printf(
                "40 MP JPEG (7300x5475) in a fresh JVM with %s (85%% of a 1024 MB function): %.0f ms; "
                        + "peak heap %.0f MiB, peak RSS %.0f MiB%n%n",
                FUNCTION_HEAP, forty[0], forty[2], forty[3]);
    }

    static void printInit(Path resizerJar, Path paymentsJar, Path probeClasses) throws Exception {
        // The fastest of several interleaved launches: other load on the machine only ever adds time,
        // so the minimum is the steadiest estimate of what the launch itself costs.
        System.out.printf(
                "Init, JVM launch to handler constructed (fastest of %d launches each, no endpoint overrides):%n",
                LAUNCHES);
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
                    function, fastest(handlerTimes), fastest(bareTimes), fastest(handlerTimes) / fastest(bareTimes));
        }
        System.out.println();
    }

    /** The figures of the fastest of three first renders, each in a fresh JVM. */
    private static double[] fastestRender(ChildJvm resizer, Path image) throws Exception {
        double[] fastest = null;
        for (int i = 0; i < 3; i++) {
            double[] figures = resizer.run(List.of(FUNCTION_HEAP), "render", image.toString())
                    .figures();
            if (fastest == null || figures[0] < fastest[0]) {
                fastest = figures;
            }
        }
        return fastest;
    }

    private static double fastest(double[] times) {
        return Arrays.stream(times).min().orElseThrow();
    }
}
