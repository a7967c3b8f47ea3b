package dev.tandem.e2e;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which AWS the scenarios run against, from {@code -Dtandem.e2e.target} or {@code TANDEM_E2E_TARGET}; {@code local}
 * when neither is set, so the README's test command always runs the whole suite on local-cloud.
 */
enum E2eTarget {
    LOCAL,
    FLOCI,
    LOCALSTACK,
    AWS;

    static final String PROPERTY = "tandem.e2e.target";
    static final String VARIABLE = "TANDEM_E2E_TARGET";

    static E2eTarget configured() {
        String name = Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(VARIABLE)))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .orElse("local");
        return Arrays.stream(values())
                .filter(target -> target.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(PROPERTY + "=" + name + " is not one of "
                        + Arrays.toString(values()).toLowerCase(Locale.ROOT)));
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
