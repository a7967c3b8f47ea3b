package dev.tandem.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an end-to-end scenario class: it runs against the configured {@link E2eTarget} (or is skipped with the
 * reason it cannot) and gets the running app injected as a {@link RunningTandem}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({TargetCondition.class, TandemExtension.class})
@interface Scenario {}
