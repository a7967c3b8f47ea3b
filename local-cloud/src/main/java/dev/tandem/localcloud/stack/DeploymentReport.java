package dev.tandem.localcloud.stack;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a local deployment did: resources created, by CloudFormation type, and resources it left
 * out because nothing local emulates them (a VPC, a load balancer, an alarm, ...).
 */
public record DeploymentReport(Map<String, Integer> created, Map<String, Integer> notEmulated) {

    public DeploymentReport {
        created = Map.copyOf(created);
        notEmulated = Map.copyOf(notEmulated);
    }

    /** One line per group, e.g. {@code created: 9 AWS::SQS::Queue, 3 AWS::Events::Rule}. */
    public String summary() {
        return "created: " + describe(created) + System.lineSeparator() + "not emulated: " + describe(notEmulated);
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
