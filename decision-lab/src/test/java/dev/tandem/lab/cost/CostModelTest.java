package dev.tandem.lab.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The cost model against bills worked out by hand from the price table. */
class CostModelTest {

    private static final PriceTable PRICES = PriceTable.US_EAST_1;

    /** A worker that calls nothing else, so that a bill is its compute alone. */
    private static Workload worker(double durationMs, int memoryMb, double cpuMs) {
        return new Workload("worker", Compute.LAMBDA, false, durationMs, memoryMb, cpuMs, 0, 1, 0, ServiceCalls.NONE);
    }

    @Test
    void billsAMillionInvocationsOfThreeHundredMillisecondsAtOneGigabyte() {
        CostModel model = new CostModel(PRICES, CostModel.FrontDoor.FUNCTION_URL, 1, 0.6);

        double bill = model.monthly(worker(300, 1024, 300), Compute.LAMBDA, 1_000_000);

        // 1,000,000 × 0.3 s × 1 GB = 300,000 GB-s × $0.0000133334 = $4.00002, plus 1 M requests × $0.20.
        assertThat(bill).isCloseTo(4.00002 + 0.20, within(1e-9));
    }

    @Test
    void billsAtLeastOneMillisecondPerInvocation() {
        CostModel model = new CostModel(PRICES, CostModel.FrontDoor.FUNCTION_URL, 1, 0.6);

        double bill = model.monthly(worker(0.2, 1024, 0.2), Compute.LAMBDA, 1_000_000);

        // 1,000,000 × 0.001 s × 1 GB = 1,000 GB-s × $0.0000133334 = $0.0133334, plus $0.20.
        assertThat(bill).isCloseTo(0.0133334 + 0.20, within(1e-9));
    }

    @Test
    void billsAnEc2MonthAsSevenHundredThirtyHoursOfEveryInstance() {
        CostModel model = new CostModel(PRICES, CostModel.FrontDoor.FUNCTION_URL, 2, 0.6);

        double bill = model.monthly(worker(300, 1024, 1), Compute.EC2, 1_000);

        // Two t4g.small at $0.0168 an hour for 730 hours: 2 × 730 × 0.0168 = $24.528.
        assertThat(model.instances(worker(300, 1024, 1), 1_000)).isEqualTo(2);
        assertThat(bill).isCloseTo(24.528, within(1e-9));
    }

    @Test
    void growsTheFleetWithTheCpuThePeakNeeds() {
        CostModel model = new CostModel(PRICES, CostModel.FrontDoor.FUNCTION_URL, 1, 0.5);
        Workload tenMsOfCpu = worker(10, 1024, 10);

        // Two vCPUs at 50 % give 1 CPU-second a second: 100 requests of 10 ms. 250 a second need 3.
        double twoHundredFiftyASecond = 250 * CostModel.SECONDS_PER_MONTH;

        assertThat(model.instances(tenMsOfCpu, twoHundredFiftyASecond)).isEqualTo(3);
        assertThat(model.monthly(tenMsOfCpu, Compute.EC2, twoHundredFiftyASecond))
                .isCloseTo(3 * 730 * 0.0168, within(1e-9));
    }

    @Test
    void growsAWorkerFleetWithTheMemoryItsConcurrentJobsHold() {
        CostModel model = new CostModel(PRICES, CostModel.FrontDoor.FUNCTION_URL, 1, 0.5);
        Workload resizer = new Workload("resizer", Compute.LAMBDA, false, 1000, 1024, 0, 512, 1, 0, ServiceCalls.NONE);

        // 10 images a second of 1 s each: 10 in flight × 512 MB = 5,120 MB over 2,048 MB × 50 % = 5 instances.
        assertThat(model.instances(resizer, 10 * CostModel.SECONDS_PER_MONTH)).isEqualTo(5);
    }

    @Test
    void addsTheLoadBalancerToAnHttpServiceOnEc2() {
        CostModel model = new CostModel(PRICES, CostModel.FrontDoor.FUNCTION_URL, 1, 0.6);
        Workload api = new Workload("api", Compute.EC2, true, 5, 1024, 1, 0, 1, 1, ServiceCalls.NONE);
        double oneASecond = CostModel.SECONDS_PER_MONTH;

        // One instance, the ALB's 730 hours at $0.0225, and LCUs: 1 request/s over 10 per connection
        // is 0.1 new connections/s = 0.004 LCU; 3,600 KB/h = 0.0036 GB/h = 0.0036 LCU: 0.004 × 730 × $0.008.
        double expected = 730 * 0.0168 + 730 * 0.0225 + 0.004 * 730 * 0.008;
        assertThat(model.monthly(api, Compute.EC2, oneASecond)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void addsApiGatewayPerRequestToAnHttpServiceRunAsAFunction() {
        CostModel viaGateway = new CostModel(PRICES, CostModel.FrontDoor.API_GATEWAY_HTTP, 1, 0.6);
        CostModel viaUrl = new CostModel(PRICES, CostModel.FrontDoor.FUNCTION_URL, 1, 0.6);
        Workload api = new Workload("api", Compute.EC2, true, 5, 1024, 1, 0, 1, 1, ServiceCalls.NONE);

        double difference =
                viaGateway.monthly(api, Compute.LAMBDA, 1_000_000) - viaUrl.monthly(api, Compute.LAMBDA, 1_000_000);

        assertThat(difference).isCloseTo(1.00, within(1e-9));
    }

    @Test
    void chargesTheSameServiceCallsOnEitherSide() {
        CostModel model = new CostModel(PRICES, CostModel.FrontDoor.FUNCTION_URL, 1, 0.6);
        ServiceCalls calls = new ServiceCalls(2, 1, 1, 1, 10, 1);
        Workload with = new Workload("w", Compute.LAMBDA, false, 100, 512, 10, 0, 1, 0, calls);
        Workload without = new Workload("w", Compute.LAMBDA, false, 100, 512, 10, 0, 1, 0, ServiceCalls.NONE);

        // Per million: SQS 2 × $0.40, EventBridge $1.00, S3 PUT $5.00, S3 GET $0.40, DynamoDB 10 × $0.625 + $0.125.
        double expected = 0.80 + 1.00 + 5.00 + 0.40 + 6.25 + 0.125;
        for (Compute side : Compute.values()) {
            assertThat(model.monthly(with, side, 1_000_000) - model.monthly(without, side, 1_000_000))
                    .isCloseTo(expected, within(1e-9));
        }
    }
}
