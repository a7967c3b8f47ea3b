package dev.tandem.lab;

import dev.tandem.lab.LabResults.Answer;
import dev.tandem.lab.LabResults.CostPoint;
import dev.tandem.lab.cost.BreakEven;
import dev.tandem.lab.cost.Compute;
import dev.tandem.lab.cost.CostModel;
import dev.tandem.lab.cost.ServiceCalls;
import dev.tandem.lab.cost.Workload;
import dev.tandem.lab.figures.ServiceFigures;
import dev.tandem.lab.load.LatencySummary;
import dev.tandem.lab.load.Pipelines.Item;
import dev.tandem.lab.load.Pipelines.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small lab run's results, made up but priced by the real cost model, for the report's tests. */
public final class SampleResults {

    private SampleResults() {}

    public static LabResults results() {
        CostModel model = CostModel.forTemplate();
        List<LabResults.Part> parts = List.of(
                part(
                        model,
                        new Workload("catalog + orders", Compute.EC2, true, 4, 1024, 2, 0, 3, 2, ServiceCalls.NONE)),
                part(
                        model,
                        new Workload(
                                "image resizer",
                                Compute.LAMBDA,
                                false,
                                800,
                                1024,
                                800,
                                300,
                                20,
                                0,
                                ServiceCalls.NONE)));
        LatencySummary catalog = LatencySummary.of("GET /api/products/{id}", new double[] {1, 2, 3, 40}, 0, 0, 2);
        LabResults.Function resizer = new LabResults.Function(
                "sandbox-tandem-image-resizer",
                LatencySummary.of("resizer (cold)", new double[] {2500}, 0, 0, 0),
                LatencySummary.of("resizer (warm)", new double[] {300, 320, 900}, 0, 0, 0),
                1024,
                310,
                420);
        Timeline orders = new Timeline(
                "orders to PAID",
                "PAID",
                List.of(
                        new Item("/api/orders/1", 0, 20, 900, "PAID"),
                        new Item("/api/orders/2", 5, 30, -1, "pending")));
        Timeline uploads = new Timeline(
                "uploads to READY", "READY", List.of(new Item("/api/products/p/images/i", 0, 40, 2500, "READY")));
        return new LabResults(
                "2026-12-03T18:00:00Z",
                180,
                "2026-12-03",
                List.of(new LabResults.Phase("catalog", "open loop", List.of(catalog))),
                List.of(resizer),
                new ServiceFigures(100, 0.4, Optional.empty(), Optional.empty()),
                List.of(orders, uploads),
                parts,
                List.of(new LabResults.Target("catalog throughput", "900/s", "1,500/s", 0.6, "at least 0.50", true)),
                List.of());
    }

    private static LabResults.Part part(CostModel model, Workload work) {
        List<CostPoint> curve = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double v = Math.pow(10, 3 + i / 10.0);
            curve.add(new CostPoint(
                    v,
                    model.monthly(work, Compute.EC2, v),
                    model.monthly(work, Compute.LAMBDA, v),
                    model.instances(work, v)));
        }
        double today = 2_000_000;
        return new LabResults.Part(
                work.part(),
                work.deployedOn(),
                work,
                today,
                BreakEven.of(model, work).stream().boxed().findFirst(),
                model.monthly(work, Compute.EC2, today),
                model.monthly(work, Compute.LAMBDA, today),
                curve,
                List.of(new Answer("Is it event-driven?", "No", "EC2")));
    }
}
