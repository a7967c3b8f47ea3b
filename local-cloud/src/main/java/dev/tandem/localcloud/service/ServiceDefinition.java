package dev.tandem.localcloud.service;

import java.nio.file.Path;
import java.util.Map;

/**
 * The catalog service as the template deploys it: the jar a CDK asset holds and the environment
 * the instances' user data writes, with every name already resolved to its local resource.
 */
public record ServiceDefinition(Path jar, Map<String, String> environment) {

    public ServiceDefinition {
        environment = Map.copyOf(environment);
    }
}
