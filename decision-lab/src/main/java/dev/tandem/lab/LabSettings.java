package dev.tandem.lab;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What a lab run needs to know.
 *
 * @param api the service's base URL, e.g. {@code http://localhost:8080/}
 * @param adminToken the admin's bearer token (the lab creates its own products)
 * @param runDirectory the local run's directory: Lambda's logs are read from its {@code logs/}, the
 *     report is written to its {@code lab/}
 * @param budget how long the load phases may take together; the phases scale to it
 */
public record LabSettings(URI api, String adminToken, Path runDirectory, Duration budget) {

    /** The phases' own length; a smaller budget shortens each in proportion. */
    static final Duration FULL_BUDGET = Duration.ofSeconds(200);

    public LabSettings {
        if (!api.toString().endsWith("/")) {
            api = URI.create(api + "/");
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the lab needs a positive budget");
        }
    }

    /**
     * Settings from {@code --api URL --token TOKEN --run-dir DIR --budget SECONDS}, each defaulting to
     * the environment ({@code TANDEM_API}, {@code TANDEM_ADMIN_TOKEN}, {@code TANDEM_RUN_DIR}) and
     * then to the local run's defaults.
     */
    static LabSettings fromArguments(String[] args, Map<String, String> environment) {
        String api = environment.getOrDefault("TANDEM_API", "http://localhost:8080/");
        String token = environment.getOrDefault("TANDEM_ADMIN_TOKEN", "");
        String runDirectory = environment.getOrDefault("TANDEM_RUN_DIR", "target/run-local");
        long seconds = FULL_BUDGET.toSeconds();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value; " + DecisionLab.USAGE);
            }
            switch (args[i]) {
                case "--api" -> api = value;
                case "--token" -> token = value;
                case "--run-dir" -> runDirectory = value;
                case "--budget" -> seconds = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + DecisionLab.USAGE);
            }
            i++;
        }
        if (token.isBlank()) {
            throw new IllegalArgumentException(
                    "the lab needs the admin token (--token or TANDEM_ADMIN_TOKEN); " + DecisionLab.USAGE);
        }
        return new LabSettings(URI.create(api), token, Path.of(runDirectory), Duration.ofSeconds(seconds));
    }

    /** {@code seconds} of the full plan, scaled to the budget, but never under one second. */
    Duration scaled(double seconds) {
        double share = (double) budget.toMillis() / FULL_BUDGET.toMillis();
        return Duration.ofMillis((long) Math.max(1000, seconds * 1000 * Math.min(1, share)));
    }
}
