package dev.tandem.localcloud.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog service as the template deploys it: the jar a CDK asset holds and the environment
 * the instances' user data writes, with every name already resolved to its local resource.
 *
 * @param roleArn the role the instances run as (their instance profile's), where the template gives them one
 */
public record ServiceDefinition(Path jar, Map<String, String> environment, Optional<String> roleArn) {

    public ServiceDefinition {
        environment = Map.copyOf(environment);
    }

    /** A service whose instances run as no role of the template. */
    public ServiceDefinition(Path jar, Map<String, String> environment) {
        this(jar, environment, Optional.empty());
    }
}
