package dev.tandem.lab.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BreakEvenTest {

    @Test
    void findsWhereAFixedInstanceMeetsAFunctionBilledPerInvocation() {
        CostModel model = new CostModel(PriceTable.US_EAST_1, CostModel.FrontDoor.FUNCTION_URL, 1, 0.6);
        Workload work = new Workload("w", Compute.LAMBDA, false, 300, 1024, 0.001, 0, 1, 0, ServiceCalls.NONE);

        // EC2: one instance all month, 730 × $0.0168 = $12.264, whatever the volume (0.001 ms of CPU each).
        // Lambda: 0.3 GB-s × $0.0000133334 + $0.0000002 = $0.00000420002 an invocation.
        // They meet at 12.264 / 0.00000420002 = 2,919,986 invocations a month.
        double expected = 12.264 / (0.3 * 0.0000133334 + 0.0000002);

        assertThat(BreakEven.of(model, work)).hasValueCloseTo(expected, within(expected * 0.002));
    }

    @Test
    void findsTheCrossingOfTwoLinesWorkedOutByHand() {
        // 10 + v/1000 and 2 v/1000 meet at v = 10,000.
        assertThat(BreakEven.between(v -> 10 + v / 1000, v -> 2 * v / 1000, 1, 1e9))
                .hasValueCloseTo(10_000.0, within(10.0));
    }

    @Test
    void findsNoneWhenOneSideIsCheaperOverTheWholeRange() {
        assertThat(BreakEven.between(v -> v, v -> 2 * v, 1e3, 1e9)).isEmpty();
    }
}
