package dev.tandem.lab;

import dev.tandem.lab.cost.Compute;
import dev.tandem.lab.cost.Workload;
import dev.tandem.lab.figures.ServiceFigures;
import dev.tandem.lab.load.LatencySummary;
import dev.tandem.lab.load.Pipelines.Timeline;
import java.util.List;
import java.util.Optional;

/**
 * Everything one lab run measured and concluded; written as {@code results.json} and drawn as
 * {@code report.html}.
 *
 * @param startedAt when the run began (ISO-8601)
 * @param seconds how long it took
 * @param pricesChecked the date of the price table the costs use
 */
public record LabResults(
        String startedAt,
        double seconds,
        String pricesChecked,
        List<Phase> phases,
        List<Function> functions,
        ServiceFigures service,
        List<Timeline> pipelines,
        List<Part> parts,
        List<Target> targets,
        List<String> notes) {

    /** One load phase's latencies, per endpoint. */
    public record Phase(String name, String description, List<LatencySummary> endpoints) {}

    /**
     * One Lambda function's invocations in the run, from its REPORT lines, cold and warm apart.
     *
     * @param cold invocations that started an execution environment; their latency includes the init
     */
    public record Function(
            String name,
            LatencySummary cold,
            LatencySummary warm,
            int memorySizeMb,
            int maxMemoryUsedMb,
            double meanBilledMs) {}

    /**
     * One of the shop's four parts, priced both ways.
     *
     * @param todayPerMonth the measured steady rate kept up for a month
     * @param breakEven monthly volume where EC2 and Lambda cost the same, if it is within 10^3..10^9
     */
    public record Part(
            String name,
            Compute deployedOn,
            Workload workload,
            double todayPerMonth,
            Optional<Double> breakEven,
            double todayEc2Dollars,
            double todayLambdaDollars,
            List<CostPoint> curve,
            List<Answer> answers) {}

    /** The month's bill at one volume. */
    public record CostPoint(double volume, double ec2Dollars, double lambdaDollars, int instances) {}

    /**
     * One of the decision guides' questions, answered for one part.
     *
     * @param leansTo EC2, Lambda, or "—" where the answer points neither way
     */
    public record Answer(String question, String answer, String leansTo) {}

    /**
     * A performance target, measured as a ratio so that it holds on any machine.
     *
     * @param measured the figure measured
     * @param reference what it is compared with
     * @param ratio measured over reference
     * @param goal the target, in words
     */
    public record Target(String name, String measured, String reference, double ratio, String goal, boolean pass) {}
}
