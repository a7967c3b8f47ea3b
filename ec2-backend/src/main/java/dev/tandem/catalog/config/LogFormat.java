package dev.tandem.catalog.config;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets whoever starts the service choose how it logs, over what the profile says: {@code TANDEM_LOG_FORMAT=text} for
 * one readable line per event (local-cloud sets it, so that {@code ./run-local} shows text although the service runs
 * with the {@code aws} profile, as on EC2), {@code json} for ECS JSON; unset, the profile decides (JSON with
 * {@code aws}). Colour: never with {@code NO_COLOR} set, always with {@code FORCE_COLOR} or {@code CLICOLOR_FORCE},
 * otherwise only on a terminal (Spring's own detection), since local-cloud reads the output through a pipe.
 *
 * <p>An environment post-processor, because logging is set up from the environment before any bean exists.
 */
public final class LogFormat implements EnvironmentPostProcessor {

    static final String STRUCTURED_FORMAT = "logging.structured.format.console";
    static final String ANSI = "spring.output.ansi.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> overrides = overrides(
                environment::getProperty,
                System.console() != null && System.console().isTerminal());
        if (!overrides.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("tandemLogFormat", overrides));
        }
    }

    static Map<String, Object> overrides(Function<String, String> variables, boolean terminal) {
        Map<String, Object> overrides = new HashMap<>();
        String format = variables.apply("TANDEM_LOG_FORMAT");
        if ("text".equalsIgnoreCase(format)) {
            // Empty: no structured format, so Spring falls back to the console pattern.
            overrides.put(STRUCTURED_FORMAT, "");
        } else if ("json".equalsIgnoreCase(format)) {
            overrides.put(STRUCTURED_FORMAT, "ecs");
        }
        if (set(variables.apply("NO_COLOR"))) {
            overrides.put(ANSI, "never");
        } else if (forced(variables.apply("FORCE_COLOR")) || forced(variables.apply("CLICOLOR_FORCE"))) {
            overrides.put(ANSI, "always");
        } else if (!terminal) {
            overrides.put(ANSI, "never");
        }
        return overrides;
    }

    private static boolean set(String value) {
        return value != null && !value.isEmpty();
    }

    private static boolean forced(String value) {
        return set(value) && !value.equals("0");
    }
}
