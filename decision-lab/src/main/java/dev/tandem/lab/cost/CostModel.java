package dev.tandem.lab.cost;

/**
 * Prices a part's month on EC2 and on Lambda for a monthly volume of units of work.
 *
 * <p>Lambda: every unit is a request, billed for its duration times its configured memory, at
 * least 1 ms. A part that serves HTTP also pays its front door per request (a function URL costs
 * nothing extra; API Gateway's HTTP API does). Cold starts are not added: SnapStart and the
 * measured mean duration already include what they cost at the measured rate.
 *
 * <p>EC2: a month is {@value #HOURS_PER_MONTH} hours of every instance the fleet needs at its peak,
 * which is the most of
 *
 * <ul>
 *   <li>the fleet's minimum size (the template's Auto Scaling group keeps at least one);
 *   <li>the CPU the peak needs, {@code peak units/s × CPU s per unit}, over {@code vCPUs × target
 *       utilisation} per instance: instances are not run at 100 % or latency climbs;
 *   <li>for work that holds memory while in progress, the peak's concurrency ({@code peak units/s ×
 *       duration}, Little's law) times the working set, over the instance's memory at the same
 *       utilisation.
 * </ul>
 *
 * A part that serves HTTP adds the load balancer: its hours and its LCUs, where an LCU-hour is the
 * larger of the new connections (25 a second per LCU; clients are assumed to reuse a connection for
 * {@value #REQUESTS_PER_CONNECTION} requests) and the bytes processed (1 GB an hour per LCU). Scaling
 * is taken to follow the peak all month, which overstates EC2 for a part whose peak is short; the
 * free tiers are left out on both sides.
 */
public final class CostModel {

    /** AWS's pricing pages count a month as 730 hours. */
    public static final double HOURS_PER_MONTH = 730;

    public static final double SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

    static final double REQUESTS_PER_CONNECTION = 10;

    private final PriceTable prices;
    private final FrontDoor frontDoor;
    private final int minInstances;
    private final double targetUtilisation;

    /** How clients reach a part that serves HTTP when it runs as a function. */
    public enum FrontDoor {
        FUNCTION_URL,
        API_GATEWAY_HTTP
    }

    public CostModel(PriceTable prices, FrontDoor frontDoor, int minInstances, double targetUtilisation) {
        if (minInstances < 1 || targetUtilisation <= 0 || targetUtilisation > 1) {
            throw new IllegalArgumentException("a fleet has at least one instance, used at most 100 %");
        }
        this.prices = prices;
        this.frontDoor = frontDoor;
        this.minInstances = minInstances;
        this.targetUtilisation = targetUtilisation;
    }

    /**
     * The model the report uses: the template's fleet (at least one t4g.small), used to 60 % of its
     * CPU at the peak, and API Gateway's HTTP API as the function's front door, since a public shop
     * API wants its throttling and custom domain.
     */
    public static CostModel forTemplate() {
        return new CostModel(PriceTable.US_EAST_1, FrontDoor.API_GATEWAY_HTTP, 1, 0.6);
    }

    public PriceTable prices() {
        return prices;
    }

    public FrontDoor frontDoor() {
        return frontDoor;
    }

    /** The month's bill for {@code units} of {@code work} run on {@code compute}. */
    public double monthly(Workload work, Compute compute, double units) {
        return switch (compute) {
                    case EC2 -> ec2Compute(work, units);
                    case LAMBDA -> lambdaCompute(work, units);
                }
                + services(work, units);
    }

    /** Instances the fleet needs for {@code units} a month of {@code work} at its peak. */
    public int instances(Workload work, double units) {
        double peakPerSecond = units / SECONDS_PER_MONTH * work.peakToMean();
        double cpuNeeded = peakPerSecond * work.cpuMsPerUnit() / 1000;
        long forCpu = (long) Math.ceil(cpuNeeded / (prices.instanceVcpus() * targetUtilisation));
        double memoryNeededMb = peakPerSecond * work.durationMs() / 1000 * work.workingSetMb();
        long forMemory = (long) Math.ceil(memoryNeededMb / (prices.instanceMemoryMb() * targetUtilisation));
        return (int) Math.max(minInstances, Math.max(forCpu, forMemory));
    }

    double ec2Compute(Workload work, double units) {
        double instances =
                instances(work, units) * HOURS_PER_MONTH * prices.instanceHour().perUnit();
        if (!work.servesHttp()) {
            return instances;
        }
        double perSecond = units / SECONDS_PER_MONTH;
        double lcuForConnections = perSecond / REQUESTS_PER_CONNECTION / 25;
        double lcuForBytes = perSecond * 3600 * work.responseKb() / 1_000_000;
        double lcuHours = Math.max(lcuForConnections, lcuForBytes) * HOURS_PER_MONTH;
        return instances
                + HOURS_PER_MONTH * prices.albHour().perUnit()
                + lcuHours * prices.albLcuHour().perUnit();
    }

    double lambdaCompute(Workload work, double units) {
        double billedSeconds = Math.max(1, Math.ceil(work.durationMs())) / 1000;
        double gbSeconds = units * billedSeconds * work.memoryMb() / 1024;
        double cost = gbSeconds * prices.lambdaArmGbSecond().perUnit()
                + units * prices.lambdaRequests().perUnit();
        if (work.servesHttp()) {
            Price door = frontDoor == FrontDoor.API_GATEWAY_HTTP
                    ? prices.apiGatewayHttpRequests()
                    : prices.functionUrlRequests();
            cost += units * door.perUnit();
        }
        return cost;
    }

    double services(Workload work, double units) {
        ServiceCalls calls = work.calls();
        return units
                * (calls.sqsRequests() * prices.sqsRequests().perUnit()
                        + calls.eventBridgeEvents()
                                * prices.eventBridgeCustomEvents().perUnit()
                        + calls.s3Puts() * prices.s3Puts().perUnit()
                        + calls.s3Gets() * prices.s3Gets().perUnit()
                        + calls.dynamoDbWriteUnits()
                                * prices.dynamoDbWriteUnits().perUnit()
                        + calls.dynamoDbReadUnits() * prices.dynamoDbReadUnits().perUnit());
    }
}
