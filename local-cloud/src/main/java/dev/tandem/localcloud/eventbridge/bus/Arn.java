package dev.tandem.localcloud.eventbridge.bus;

import java.util.Objects;

/**
 * An Amazon Resource Name, split into its parts: {@code arn:partition:service:region:account:resource}.
 * The resource part keeps any further colons or slashes (e.g. {@code rule/tandem/order-placed}).
 */
public record Arn(String partition, String service, String region, String accountId, String resource) {

    public Arn {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(resource, "resource");
    }

    /**
     * Parses an ARN.
     *
     * @throws IllegalArgumentException if {@code text} does not have the six parts of an ARN, or has an empty
     *     service or resource
     */
    public static Arn parse(String text) {
        String[] parts = text.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || parts[2].isEmpty() || parts[5].isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not an ARN");
        }
        return new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]);
    }

    @Override
    public String toString() {
        return String.join(":", "arn", partition, service, region, accountId, resource);
    }
}
