package dev.tandem.lab;

import dev.tandem.lab.LabResults.Answer;
import dev.tandem.lab.LabResults.CostPoint;
import dev.tandem.lab.LabResults.Part;
import dev.tandem.lab.cost.BreakEven;
import dev.tandem.lab.cost.Compute;
import dev.tandem.lab.cost.CostModel;
import dev.tandem.lab.cost.ServiceCalls;
import dev.tandem.lab.cost.Workload;
import dev.tandem.lab.load.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the lab measured into the cost model's four workloads, prices each, and answers the
 * decision guides' five questions for each from the numbers.
 *
 * <p>Where a figure could not be measured (no REPORT lines, no CPU metric), the part falls back to
 * the template's sizing or to the latency, and the report's notes say so. The AWS requests per unit
 * of work are read off the flows in the architecture (e.g. placing an order is one DynamoDB
 * transaction of the order, its outbox record, its idempotency claim and a stock line, each written
 * twice as a transaction bills, then one custom event and the inbox's receive and delete).
 */
final class ShopParts {

    static final String PRODUCT = "GET /api/products/{id}";
    static final String LIST = "GET /api/products";
    static final String RECOMMENDATIONS = "GET /api/products/{id}/recommendations";
    static final String ORDER = "POST /api/orders";
    static final String UPLOAD = "upload (POST image + PUT to S3)";

    /** A shop's busiest hour against its mean hour: an assumption, not a measurement. */
    static final double SHOP_PEAK_TO_MEAN = 3;
    /** Uploads come in bursts (a merchant adds a catalog at once), as the spiky phase's 20×. */
    static final double UPLOAD_PEAK_TO_MEAN = 20;
    /** The payment processor mostly waits on DynamoDB and the provider: the CPU share of its time. */
    static final double PAYMENT_CPU_SHARE = 0.25;

    private static final ServiceCalls BROWSE = new ServiceCalls(0, 0, 0, 0, 0, 1);
    private static final ServiceCalls ORDERING = new ServiceCalls(2, 1, 0, 0, 10, 1);

    private final CostModel model;
    private final Measurements measured;
    private final List<String> notes;

    ShopParts(CostModel model, Measurements measured, List<String> notes) {
        this.model = model;
        this.measured = measured;
        this.notes = notes;
    }

    List<Part> parts() {
        return List.of(catalog(), recommendations(), imageResizer(), paymentProcessor());
    }

    private Part catalog() {
        double rate = measured.steadyRate(PRODUCT) + measured.steadyRate(LIST) + measured.steadyRate(ORDER);
        double orderShare = rate > 0 ? measured.steadyRate(ORDER) / rate : 0;
        double serverMs =
                measured.service().meanServerMs().orElseGet(() -> clientP50(PRODUCT, "the catalog's server time"));
        double cpuMs = measured.service().cpuMsPerRequest().orElseGet(() -> {
            notes.add("The service exposes no process_cpu_time_ns_total: its CPU per request is taken as its"
                    + " whole server time, which overstates EC2's fleet.");
            return serverMs;
        });
        ServiceCalls calls = new ServiceCalls(
                ORDERING.sqsRequests() * orderShare,
                ORDERING.eventBridgeEvents() * orderShare,
                0,
                0,
                ORDERING.dynamoDbWriteUnits() * orderShare,
                BROWSE.dynamoDbReadUnits());
        Workload work = new Workload(
                "catalog + orders", Compute.EC2, true, serverMs, 1024, cpuMs, 0, SHOP_PEAK_TO_MEAN, 2, calls);
        return price(
                work,
                rate,
                questions(
                        work,
                        rate,
                        PRODUCT,
                        false,
                        "holds the outbox relay and the inbox"
                                + " consumer running between requests, and connection pools to DynamoDB and SQS"));
    }

    private Part recommendations() {
        double rate = measured.steadyRate(RECOMMENDATIONS);
        double serverMs = measured.serverMs("/api/products/{id}/recommendations")
                .orElseGet(() -> {
                    notes.add("Recommendations were not measured (the route is not there yet): the part is priced at"
                            + " 2 ms per lookup, an in-memory lookup's order of magnitude.");
                    return 2.0;
                });
        Workload work = new Workload(
                "recommendations", Compute.EC2, true, serverMs, 1024, serverMs, 0, SHOP_PEAK_TO_MEAN, 1, BROWSE);
        return price(
                work,
                rate,
                questions(
                        work,
                        rate,
                        RECOMMENDATIONS,
                        false,
                        "keeps the item-to-item model in"
                                + " memory and rebuilds it under a lease: a function would load the snapshot on every cold start"));
    }

    private Part imageResizer() {
        double rate = measured.steadyRate(UPLOAD);
        Optional<LabResults.Function> f = measured.function("image-resizer");
        double billedMs = f.map(LabResults.Function::meanBilledMs).orElseGet(() -> {
            notes.add("No REPORT lines from the image resizer: it is priced at 800 ms per image (the template's"
                    + " benchmark) with 1,024 MB.");
            return 800.0;
        });
        int memory = f.map(LabResults.Function::memorySizeMb).orElse(1024);
        double workingSet = f.map(LabResults.Function::maxMemoryUsedMb).orElse(memory);
        Workload work = new Workload(
                "image resizer",
                Compute.LAMBDA,
                false,
                billedMs,
                memory,
                billedMs,
                workingSet,
                UPLOAD_PEAK_TO_MEAN,
                0,
                new ServiceCalls(4, 1, 5, 1, 1, 0));
        return price(work, rate, questions(work, rate, UPLOAD, true, "keeps nothing between images"));
    }

    private Part paymentProcessor() {
        double rate = measured.steadyRate(ORDER);
        Optional<LabResults.Function> f = measured.function("payment-processor");
        double billedMs = f.map(LabResults.Function::meanBilledMs).orElseGet(() -> {
            notes.add(
                    "No REPORT lines from the payment processor: it is priced at 100 ms per payment with" + " 512 MB.");
            return 100.0;
        });
        int memory = f.map(LabResults.Function::memorySizeMb).orElse(512);
        Workload work = new Workload(
                "payment processor",
                Compute.LAMBDA,
                false,
                billedMs,
                memory,
                billedMs * PAYMENT_CPU_SHARE,
                0,
                SHOP_PEAK_TO_MEAN,
                0,
                new ServiceCalls(2, 1, 0, 0, 2, 0));
        return price(
                work,
                rate,
                questions(
                        work,
                        rate,
                        ORDER,
                        true,
                        "keeps nothing between payments; its" + " idempotency record lives in DynamoDB"));
    }

    private Part price(Workload work, double perSecond, List<Answer> answers) {
        double today = perSecond * CostModel.SECONDS_PER_MONTH;
        List<CostPoint> curve = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            double volume = Math.pow(10, 3 + i / 10.0);
            curve.add(new CostPoint(
                    volume,
                    model.monthly(work, Compute.EC2, volume),
                    model.monthly(work, Compute.LAMBDA, volume),
                    model.instances(work, volume)));
        }
        Optional<Double> breakEven = BreakEven.of(model, work).stream().boxed().findFirst();
        List<Answer> all = new ArrayList<>(answers);
        double ec2 = model.monthly(work, Compute.EC2, today);
        double lambda = model.monthly(work, Compute.LAMBDA, today);
        all.add(new Answer(
                "And the bill?",
                String.format(
                        "At today's %s a month: EC2 $%,.2f, Lambda $%,.2f; %s",
                        volume(today),
                        ec2,
                        lambda,
                        breakEven
                                .map(v -> "they cost the same at " + volume(v) + " a month.")
                                .orElse("one is cheaper over all of 10^3..10^9 a month.")),
                ec2 <= lambda ? "EC2" : "Lambda"));
        return new Part(work.part(), work.deployedOn(), work, today, breakEven, ec2, lambda, curve, all);
    }

    private List<Answer> questions(
            Workload work, double perSecond, String endpoint, boolean eventDriven, String state) {
        List<Answer> answers = new ArrayList<>();
        boolean continuous = perSecond >= 1;
        answers.add(new Answer(
                "Is the workload continuous?",
                String.format(
                        "%s: %.1f a second in the steady mix%s.",
                        continuous ? "Yes" : "No",
                        perSecond,
                        perSecond > 0 ? String.format(", one every %.0f ms on average", 1000 / perSecond) : ""),
                continuous ? "EC2" : "Lambda"));
        answers.add(new Answer(
                "Does it need OS-level control?",
                "No: it runs on the JVM alone, with no native libraries or agents"
                        + (work.workingSetMb() > 0
                                ? String.format(", in at most %.0f MB of Lambda's 10,240.", work.workingSetMb())
                                : "."),
                "—"));
        LatencySummary steady = measured.steady().get(endpoint);
        LatencySummary spiky = measured.spiky().get(endpoint);
        boolean unpredictable = work.peakToMean() >= 10;
        String spikes = steady != null && spiky != null && steady.count() > 0 && spiky.count() > 0
                ? String.format(" Bursts of 20× took its p99 from %.0f ms to %.0f ms.", steady.p99(), spiky.p99())
                : "";
        answers.add(new Answer(
                "Is its traffic unpredictable?",
                String.format(
                        "%s: its peak is taken as %.0f× its mean.%s",
                        unpredictable ? "Yes" : "Mostly not", work.peakToMean(), spikes),
                unpredictable ? "Lambda" : "EC2"));
        answers.add(new Answer(
                "Is it event-driven?",
                eventDriven
                        ? "Yes: an SQS message starts each unit; nobody waits on the answer."
                        : "No: a client waits on each request's answer.",
                eventDriven ? "Lambda" : "EC2"));
        double longest = measured.function(work.part().replace(' ', '-'))
                .map(f -> Math.max(f.cold().max(), f.warm().max()))
                .orElse(work.durationMs());
        boolean stateful = !eventDriven;
        answers.add(new Answer(
                "Is it stateful and long-running?",
                String.format(
                        "%s: it %s; its longest unit took %.0f ms of Lambda's 15 minutes.",
                        stateful ? "Yes" : "No", state, longest),
                stateful ? "EC2" : "Lambda"));
        return answers;
    }

    /** The service's mean time per request over the mix's catalog and order routes, weighted by their rates. */
    private Optional<Double> catalogServerMs() {
        double weighted = 0;
        double rates = 0;
        for (String[] route :
                new String[][] {{PRODUCT, "/api/products/{id}"}, {LIST, "/api/products"}, {ORDER, "/api/orders"}}) {
            Optional<Double> ms = measured.serverMs(route[1]);
            double rate = measured.steadyRate(route[0]);
            if (ms.isPresent() && rate > 0) {
                weighted += ms.get() * rate;
                rates += rate;
            }
        }
        return rates > 0 ? Optional.of(weighted / rates) : Optional.empty();
    }

    private double clientP50(String endpoint, String what) {
        notes.add("The service's request metrics were not readable: " + what + " is the client's p50.");
        LatencySummary s = measured.steady().get(endpoint);
        return s == null ? 5 : s.p50();
    }

    /** A monthly volume in words: 2.6 M, 850 k. */
    static String volume(double v) {
        if (v >= 1e9) {
            return String.format("%.1f G", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format("%.1f M", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format("%.0f k", v / 1e3);
        }
        return String.format("%.0f", v);
    }
}
