package dev.tandem.localcloud.eventbridge.bus;

import java.util.Arrays;

/** Whether a rule routes events. Rules that also take CloudTrail management events route like enabled rules. */
public enum RuleState {
    ENABLED,
    DISABLED,
    ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS;

    public static RuleState parse(String text) {
        return Arrays.stream(values())
                .filter(state -> state.name().equals(text))
                .findFirst()
                .orElseThrow(() -> EventBridgeException.validation("1 validation error detected: Value '" + text
                        + "' at 'state' failed to satisfy constraint: Member must satisfy enum value set: "
                        + Arrays.toString(values())));
    }

    boolean routesEvents() {
        return this != DISABLED;
    }
}
