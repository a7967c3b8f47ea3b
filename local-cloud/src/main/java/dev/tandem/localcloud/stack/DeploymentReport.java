package dev.tandem.localcloud.stack;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a deployment did, by CloudFormation type: resources created; resources that existed already, either left
 * as they were ({@code reused}) or brought to the template's settings ({@code updated}); and resources it left
 * out because nothing local emulates them (a VPC, a load balancer, an alarm, ...).
 */
public record DeploymentReport(
        Map<String, Integer> created,
        Map<String, Integer> reused,
        Map<String, Integer> updated,
        Map<String, Integer> notEmulated) {

    public DeploymentReport {
        created = Map.copyOf(created);
        reused = Map.copyOf(reused);
        updated = Map.copyOf(updated);
        notEmulated = Map.copyOf(notEmulated);
    }

    /** How many resources the deployment found already there, updated or not. */
    public int existing() {
        return total(reused) + total(updated);
    }

    /** How many of the {@link #existing()} resources it had to bring to the template's settings. */
    public int brought() {
        return total(updated);
    }

    /**
     * One line per group, e.g. {@code created: 9 AWS::SQS::Queue, 3 AWS::Events::Rule}; the lines for reused and
     * updated resources only when there are some.
     */
    public String summary() {
        StringBuilder summary = new StringBuilder("created: " + describe(created));
        if (!reused.isEmpty()) {
            summary.append(System.lineSeparator()).append("reused: ").append(describe(reused));
        }
        if (!updated.isEmpty()) {
            summary.append(System.lineSeparator()).append("updated: ").append(describe(updated));
        }
        return summary.append(System.lineSeparator())
                .append("not emulated: ")
                .append(describe(notEmulated))
                .toString();
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
