package dev.tandem.catalog.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The process's resident memory, {@value #NAME} in bytes: the RAM the service really occupies, heap and all that lies
 * outside it (metaspace, code cache, thread stacks, direct buffers), which the JVM's own memory gauges leave out and
 * which is what an instance's size has to hold. It is Linux's {@code VmRSS} from {@code /proc/self/status}, the figure
 * {@code ps} and {@code top} show, read at each scrape; where there is no such file (not Linux), the gauge is absent.
 */
@Component
class ResidentMemoryMetrics implements MeterBinder {

    static final String NAME = "process.memory.rss";

    private static final String RESIDENT_SET_FIELD = "VmRSS:";

    private final Path status;

    ResidentMemoryMetrics() {
        this(Path.of("/proc/self/status"));
    }

    /** @param status a file in the format of Linux's {@code /proc/<pid>/status} */
    ResidentMemoryMetrics(Path status) {
        this.status = status;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (residentBytes().isEmpty()) {
            return;
        }
        Gauge.builder(NAME, this, ResidentMemoryMetrics::residentBytesOrNaN)
                .description("Resident set size of the process (VmRSS)")
                .baseUnit(BaseUnits.BYTES)
                .strongReference(true)
                .register(registry);
    }

    private double residentBytesOrNaN() {
        OptionalLong bytes = residentBytes();
        return bytes.isPresent() ? bytes.getAsLong() : Double.NaN;
    }

    /** {@code VmRSS}, which the kernel gives in kibibytes (its "kB"), in bytes; empty where there is none. */
    OptionalLong residentBytes() {
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith(RESIDENT_SET_FIELD))
                    .map(line ->
                            line.substring(RESIDENT_SET_FIELD.length()).trim().split("\\s+")[0])
                    .mapToLong(kibibytes -> Long.parseLong(kibibytes) * 1024)
                    .findFirst();
        } catch (NoSuchFileException notLinux) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
