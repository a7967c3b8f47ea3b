package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.run.DemoTour;
import org.junit.jupiter.api.Test;

/** The tour that {@code ./run-local --demo} prints: a product, an image, a paid and a declined order. */
@Scenario
class DemoTourIT {

    private final RunningTandem tandem;

    DemoTourIT(RunningTandem tandem) {
        this.tandem = tandem;
    }

    @Test
    void everyStepOfTheDemoEndsAsExpected() {
        assertThat(new DemoTour(tandem.serviceUri(), tandem.adminToken()).run())
                .as("the demo's steps, printed above")
                .isTrue();
    }
}
