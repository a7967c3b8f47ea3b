package dev.tandem.catalog.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentMemoryMetricsTest {

    /** The lines around VmRSS in a /proc/<pid>/status as Linux 6 writes it (see proc_pid_status(5)). */
    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 5123456 kB
            VmSize:\t 5023456 kB
            VmHWM:\t  301234 kB
            VmRSS:\t  262144 kB
            RssAnon:\t  200000 kB
            Threads:\t42
            """;

    @TempDir
    Path dir;

    @Test
    void reportsVmRssInBytes() throws IOException {
        Path status = Files.writeString(dir.resolve("status"), STATUS);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new ResidentMemoryMetrics(status).bindTo(registry);

        Gauge rss = registry.get("process.memory.rss").gauge();
        assertThat(rss.value()).isEqualTo(262144.0 * 1024);
        assertThat(rss.getId().getBaseUnit()).isEqualTo("bytes");
    }

    @Test
    void followsTheProcessAsItsMemoryChanges() throws IOException {
        Path status = Files.writeString(dir.resolve("status"), STATUS);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new ResidentMemoryMetrics(status).bindTo(registry);

        Files.writeString(status, STATUS.replace("262144 kB", "524288 kB"));

        assertThat(registry.get("process.memory.rss").gauge().value()).isEqualTo(524288.0 * 1024);
    }

    @Test
    void registersNothingWhereThereIsNoProcStatus() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new ResidentMemoryMetrics(dir.resolve("no-such-file")).bindTo(registry);

        assertThat(registry.find("process.memory.rss").gauge()).isNull();
    }
}
