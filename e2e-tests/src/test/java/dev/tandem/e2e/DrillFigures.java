package dev.tandem.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a drill measured, printed as one block at its end so the build log shows every drill's figures. */
final class DrillFigures {

    private final String drill;
    private final Map<String, String> figures = new LinkedHashMap<>();

    DrillFigures(String drill) {
        this.drill = drill;
    }

    DrillFigures put(String name, Object value) {
        figures.put(name, String.valueOf(value));
        return this;
    }

    DrillFigures put(String name, Duration value) {
        return put(name, "%.1f s".formatted(value.toMillis() / 1000.0));
    }

    void print() {
        StringBuilder block = new StringBuilder("drill: ").append(drill).append('\n');
        figures.forEach((name, value) -> block.append("  %-34s %s%n".formatted(name, value)));
        System.out.print(block);
    }
}
