package dev.tandem.localcloud.lambda.runtime;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * X-Ray trace headers in the format Lambda passes to the runtime ({@code Root=1-<epoch seconds in
 * hex>-<96 random bits>;Parent=<64 random bits>;Sampled=0}). Nothing records the traces locally,
 * hence never sampled; the header is there so that code reading it sees what it would on AWS.
 */
final class TraceIds {

    private TraceIds() {}

    static String newTraceHeader() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        String epochSeconds = Long.toHexString(System.currentTimeMillis() / 1000);
        String root = hex.toHexDigits(random.nextInt()) + hex.toHexDigits(random.nextLong());
        String parent = hex.toHexDigits(random.nextLong());
        return "Root=1-" + epochSeconds + "-" + root + ";Parent=" + parent + ";Sampled=0";
    }
}
