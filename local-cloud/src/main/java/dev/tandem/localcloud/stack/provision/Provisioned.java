package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.stack.template.PhysicalResource;

/**
 * What a provisioner did with one resource of the template, and what the resource is known by afterwards. A
 * deployment into an emulator that already holds the stack finds most resources there: like a CloudFormation
 * update, it keeps each one and changes only the settings that differ from the template's.
 */
public record Provisioned(PhysicalResource physical, Outcome outcome) {

    /** Whether the resource was new, found as the template has it, or found and brought to the template's state. */
    public enum Outcome {
        CREATED,
        REUSED,
        UPDATED
    }

    static Provisioned created(PhysicalResource physical) {
        return new Provisioned(physical, Outcome.CREATED);
    }

    /** Found already; {@code changed} when some of its settings had to be brought to the template's. */
    static Provisioned existing(PhysicalResource physical, boolean changed) {
        return new Provisioned(physical, changed ? Outcome.UPDATED : Outcome.REUSED);
    }
}
