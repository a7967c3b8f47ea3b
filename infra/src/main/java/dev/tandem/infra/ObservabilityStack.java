package dev.tandem.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * One dashboard for the whole app (API latency and errors, queue depths and ages, DLQ depths,
 * function errors, failed records, duration and throttles, the outbox backlog and the orders the
 * relay published, the recommendation model's age and build duration), and alarms, each notifying
 * one encrypted SNS topic (mailed to {@code -c alarmEmail=…} when given): on every dead-letter
 * queue, since a message in a DLQ is always something a person should look at; on an outbox record
 * that has waited a quarter of an hour to be published; on the load balancer's 5xx answers and on
 * a target group without a healthy instance; on a work queue whose oldest message has waited a
 * quarter of an hour; on messages that fail inside a function's batch; and on a recommendation
 * model that outlives its schedule while orders come in.
 */
final class ObservabilityStack extends Stack {

    /** What to watch, created by the other stacks. */
    record Resources(
            ApplicationLoadBalancer loadBalancer,
            ApplicationTargetGroup targetGroup,
            List<IQueue> workQueues,
            List<IQueue> deadLetterQueues,
            List<JavaFunction> functions,
            ServiceMetrics serviceMetrics) {}

    /**
     * A work queue's consumer takes seconds per message; a message that has waited a quarter of an
     * hour means the consumer is failing, throttled or gone.
     */
    private static final int QUEUE_STUCK_AFTER_MINUTES = 15;

    /** 5xx answers in five minutes that are more than a blip: a request or two may fail in a deploy. */
    private static final int SERVER_ERRORS_THRESHOLD = 5;

    /**
     * The relay publishes a record within seconds while the bus answers, and retries at least every
     * 30 s (its longest back-off) while it does not: a record that has waited a quarter of an hour
     * means the bus or the relay has been failing all that time.
     */
    private static final int OUTBOX_STUCK_AFTER_MINUTES = 15;

    /**
     * A model is rebuilt at least every {@link ServiceResources#RECOMMENDATIONS_REBUILD_INTERVAL};
     * half as long again allows for the check interval, the build and a failed attempt.
     */
    private static final long MODEL_STALE_AFTER_SECONDS =
            ServiceResources.RECOMMENDATIONS_REBUILD_INTERVAL.toSeconds().longValue() * 3 / 2;

    private final List<Alarm> deadLetterAlarms = new ArrayList<>();
    private final Topic alarmTopic;

    ObservabilityStack(Construct scope, String id, StackProps props, TandemConfig config, Resources resources) {
        super(scope, id, props);
        MetricOptions perMinute =
                MetricOptions.builder().period(Duration.minutes(1)).build();
        MetricOptions fiveMinuteSums = MetricOptions.builder()
                .statistic("Sum")
                .period(Duration.minutes(5))
                .build();
        alarmTopic = new AlarmTopic(this, "AlarmTopic", config).topic();

        for (IQueue deadLetterQueue : resources.deadLetterQueues()) {
            String name = deadLetterQueue.getNode().getPath().replace("/", "-");
            deadLetterAlarms.add(Alarm.Builder.create(this, "Alarm" + deadLetterAlarms.size())
                    .alarmDescription("Messages in dead-letter queue " + name + ": inspect, fix, then redrive")
                    .metric(deadLetterQueue.metricApproximateNumberOfMessagesVisible(perMinute))
                    .threshold(1)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                    .evaluationPeriods(1)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build());
        }

        ServiceMetrics serviceMetrics = resources.serviceMetrics();
        List<Alarm> alarms = new ArrayList<>(deadLetterAlarms);
        alarms.add(Alarm.Builder.create(this, "OutboxStuckAlarm")
                .alarmDescription("An outbox record has waited " + OUTBOX_STUCK_AFTER_MINUTES
                        + " minutes to be published: orders are not reaching the bus; see the service's log")
                .metric(serviceMetrics.oldestRecordAge())
                .threshold(OUTBOX_STUCK_AFTER_MINUTES * 60)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                // No datapoints means no service publishing them, which this alarm cannot judge.
                .treatMissingData(TreatMissingData.MISSING)
                .build());

        // Orders placed in the window (the OrderPlaced rule's matches) stand for orders being paid: the
        // payment follows within seconds. Without orders a stale model changes nothing a shopper sees.
        // Metric math: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html
        alarms.add(Alarm.Builder.create(this, "RecommendationModelStaleAlarm")
                .alarmDescription("The recommendation model is older than " + MODEL_STALE_AFTER_SECONDS / 60
                        + " minutes while orders are placed: no instance rebuilds it; see the service's log"
                        + " (\"recommendation model\")")
                .metric(MathExpression.Builder.create()
                        .expression("IF(age > " + MODEL_STALE_AFTER_SECONDS + " AND FILL(orders, 0) > 0, 1, 0)")
                        .usingMetrics(new TreeMap<String, IMetric>(Map.of(
                                "age",
                                        serviceMetrics
                                                .modelAge()
                                                .with(MetricOptions.builder()
                                                        .period(Duration.minutes(5))
                                                        .build()),
                                "orders",
                                        eventsRuleMetric("MatchedEvents", config)
                                                .with(MetricOptions.builder()
                                                        .period(Duration.minutes(5))
                                                        .build()))))
                        .period(Duration.minutes(5))
                        .label("stale recommendation model while orders are placed")
                        .build())
                .threshold(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());

        ApplicationLoadBalancer loadBalancer = resources.loadBalancer();
        alarms.add(Alarm.Builder.create(this, "ServiceErrorsAlarm")
                .alarmDescription("The service answered " + SERVER_ERRORS_THRESHOLD
                        + " or more 5xx in five minutes: see journalctl -u tandem on an instance")
                .metric(loadBalancer.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, fiveMinuteSums))
                .threshold(SERVER_ERRORS_THRESHOLD)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());
        alarms.add(Alarm.Builder.create(this, "LoadBalancerErrorsAlarm")
                .alarmDescription("The load balancer itself answered " + SERVER_ERRORS_THRESHOLD
                        + " or more 5xx in five minutes (502/503/504: no healthy instance, or it did not answer)")
                .metric(loadBalancer.getMetrics().httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, fiveMinuteSums))
                .threshold(SERVER_ERRORS_THRESHOLD)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());
        alarms.add(Alarm.Builder.create(this, "UnhealthyHostsAlarm")
                .alarmDescription("An instance has failed the readiness check for three minutes; the Auto Scaling"
                        + " group replaces it")
                .metric(resources
                        .targetGroup()
                        .getMetrics()
                        .unhealthyHostCount(MetricOptions.builder()
                                .statistic("Maximum")
                                .period(Duration.minutes(1))
                                .build()))
                .threshold(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(3)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build());
        for (IQueue queue : resources.workQueues()) {
            alarms.add(Alarm.Builder.create(
                            this, "Stuck" + queue.getNode().getScope().getNode().getId() + "Alarm")
                    .alarmDescription("A message on " + queue.getNode().getPath() + " has waited "
                            + QUEUE_STUCK_AFTER_MINUTES + " minutes: its consumer is failing, throttled or gone")
                    .metric(queue.metricApproximateAgeOfOldestMessage(MetricOptions.builder()
                            .statistic("Maximum")
                            .period(Duration.minutes(1))
                            .build()))
                    .threshold(QUEUE_STUCK_AFTER_MINUTES * 60)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                    .evaluationPeriods(1)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build());
        }
        // A message that fails inside a batch goes back to its queue and, after its last receive,
        // to the DLQ, whose alarm fires; this one fires at the first failure, minutes earlier,
        // which Lambda's Errors metric cannot do: with partial batch responses it stays at 0.
        for (JavaFunction function : resources.functions()) {
            alarms.add(Alarm.Builder.create(this, function.getNode().getId() + "FailedRecordsAlarm")
                    .alarmDescription("Messages failed in " + function.getNode().getPath()
                            + ": they return to the queue, then the DLQ; see the function's log")
                    .metric(function.failedRecords())
                    .threshold(1)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                    .evaluationPeriods(1)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build());
        }
        SnsAction notify = new SnsAction(alarmTopic);
        alarms.forEach(alarm -> alarm.addAlarmAction(notify));

        ApplicationLoadBalancer alb = loadBalancer;
        List<IWidget> widgets = List.of(
                graph(
                        "API latency (p50, p99)",
                        List.of(
                                alb.getMetrics().targetResponseTime(stat("p50")),
                                alb.getMetrics().targetResponseTime(stat("p99")))),
                graph(
                        "API requests and errors",
                        List.of(
                                alb.getMetrics().requestCount(perMinute),
                                alb.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_4XX_COUNT, perMinute),
                                alb.getMetrics().httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, perMinute))),
                graph(
                        "Queue depth",
                        resources.workQueues().stream()
                                .map(q -> (IMetric) q.metricApproximateNumberOfMessagesVisible(perMinute))
                                .toList()),
                graph(
                        "Age of oldest message (s)",
                        resources.workQueues().stream()
                                .map(q -> (IMetric) q.metricApproximateAgeOfOldestMessage(perMinute))
                                .toList()),
                graph(
                        "Dead-letter queue depth",
                        resources.deadLetterQueues().stream()
                                .map(q -> (IMetric) q.metricApproximateNumberOfMessagesVisible(perMinute))
                                .toList()),
                graph(
                        "Function errors, throttles and failed records",
                        resources.functions().stream()
                                .flatMap(f -> Stream.<IMetric>of(
                                        f.function().metricErrors(perMinute),
                                        f.function().metricThrottles(perMinute),
                                        f.failedRecords()))
                                .toList()),
                graph(
                        "Function duration (p99)",
                        resources.functions().stream()
                                .map(f -> (IMetric) f.function().metricDuration(stat("p99")))
                                .toList()),
                GraphWidget.Builder.create()
                        .title("Outbox backlog: records waiting (left), age of the oldest in s (right)")
                        .left(List.of(serviceMetrics.backlog()))
                        .right(List.of(serviceMetrics.oldestRecordAge()))
                        .width(12)
                        .build(),
                GraphWidget.Builder.create()
                        .title("Recommendation model: age in s (left), last build's duration in s (right)")
                        .left(List.of(serviceMetrics.modelAge()))
                        .right(List.of(serviceMetrics.buildDuration()))
                        .width(12)
                        .build(),
                graph(
                        "Orders published by the outbox relay (OrderPlaced rule)",
                        List.of(
                                eventsRuleMetric("MatchedEvents", config),
                                eventsRuleMetric("FailedInvocations", config))));
        Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(config.name("dashboard"))
                .widgets(List.of(widgets))
                .build();
    }

    /**
     * A metric of the rule that routes {@code OrderPlaced} to the payment jobs: how many orders the
     * outbox relay got onto the bus, and how many EventBridge could not deliver.
     */
    private static Metric eventsRuleMetric(String name, TandemConfig config) {
        return Metric.Builder.create()
                .namespace("AWS/Events")
                .metricName(name)
                .dimensionsMap(new TreeMap<>(
                        Map.of("EventBusName", config.name("bus"), "RuleName", config.name("orders-to-payment-jobs"))))
                .statistic("Sum")
                .period(Duration.minutes(1))
                .build();
    }

    private static MetricOptions stat(String statistic) {
        return MetricOptions.builder()
                .statistic(statistic)
                .period(Duration.minutes(1))
                .build();
    }

    private static IWidget graph(String title, List<IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(metrics).width(12).build();
    }

    List<Alarm> deadLetterAlarms() {
        return List.copyOf(deadLetterAlarms);
    }

    Topic alarmTopic() {
        return alarmTopic;
    }
}
