package dev.tandem.lab.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Samples in Prometheus's text exposition format, as the service's {@code /actuator/prometheus}
 * writes them: {@code name{label="value",…} value}, one per line, with {@code #} lines for help and
 * types (https://prometheus.io/docs/instrumenting/exposition_formats/).
 */
public record PrometheusText(List<Sample> samples) {

    /** One line: a metric's name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {}

    public static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            samples.add(sample(trimmed));
        }
        return new PrometheusText(List.copyOf(samples));
    }

    /** The sum of every sample named {@code name} whose labels pass {@code labels}; empty if none is. */
    public Optional<Double> sum(String name, Predicate<Map<String, String>> labels) {
        List<Sample> matching = samples.stream()
                .filter(s -> s.name().equals(name) && labels.test(s.labels()))
                .toList();
        return matching.isEmpty()
                ? Optional.empty()
                : Optional.of(matching.stream().mapToDouble(Sample::value).sum());
    }

    /** The sum of every sample named {@code name}, whatever its labels. */
    public Optional<Double> sum(String name) {
        return sum(name, labels -> true);
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int afterLabels;
        if (brace >= 0 && (space < 0 || brace < space)) {
            name = line.substring(0, brace);
            afterLabels = labels(line, brace + 1, labels);
        } else {
            name = line.substring(0, space);
            afterLabels = space;
        }
        String[] rest = line.substring(afterLabels).strip().split("\\s+");
        return new Sample(name, Map.copyOf(labels), value(rest[0]));
    }

    /** Reads {@code key="value",…} up to the closing brace; returns the index after it. */
    private static int labels(String line, int from, Map<String, String> labels) {
        int i = from;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String key = line.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            int j = equals + 2; // past ="
            while (line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\') {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
                j++;
            }
            labels.put(key, value.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return i + 1;
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
