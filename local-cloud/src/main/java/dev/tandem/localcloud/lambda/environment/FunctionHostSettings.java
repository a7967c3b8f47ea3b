package dev.tandem.localcloud.lambda.environment;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What every function the host runs shares: the region, the variables the local cloud adds to
 * each function's environment (credentials and {@code AWS_ENDPOINT_URL} pointing at local-cloud's
 * edge), and how long to wait before trying again to start a function whose initialisation
 * failed, so that a broken function is not restarted in a tight loop.
 */
public record FunctionHostSettings(String region, Map<String, String> environment, Duration initRetryInterval) {

    public static final Duration DEFAULT_INIT_RETRY_INTERVAL = Duration.ofSeconds(30);

    public FunctionHostSettings {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("field 'region' must not be blank");
        }
        environment = Map.copyOf(environment);
        Objects.requireNonNull(initRetryInterval, "initRetryInterval");
        if (initRetryInterval.isNegative()) {
            throw new IllegalArgumentException("initRetryInterval must not be negative, was " + initRetryInterval);
        }
    }

    public static FunctionHostSettings of(String region, Map<String, String> environment) {
        return new FunctionHostSettings(region, environment, DEFAULT_INIT_RETRY_INTERVAL);
    }
}
