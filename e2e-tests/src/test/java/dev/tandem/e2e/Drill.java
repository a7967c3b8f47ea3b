package dev.tandem.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a drill: a scenario run while local-cloud injects faults into the AWS calls of the app, asserting what a
 * shop owner cares about and printing its figures. Faults exist only in local-cloud, so a drill runs on the {@code
 * local} target and is skipped, saying so, on every other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({TargetCondition.class, LocalCloudOnly.class, TandemExtension.class})
@interface Drill {}
