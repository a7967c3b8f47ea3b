package dev.tandem.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;

/**
 * The CloudWatch metrics the catalog service publishes itself: the outbox relay's backlog, under
 * the names the service's {@code OutboxBacklogPublisher} uses, and the recommendation model's age
 * and build duration, under the names of its {@code ModelMetrics}. One place says where they go (a
 * namespace, and the deployment's name as the {@code Environment} dimension), tells the service
 * so, lets it publish there and nowhere else, and hands the dashboard and alarms the same metrics.
 */
record ServiceMetrics(String namespace, String environment) {

    static final String NAMESPACE = "Tandem";
    static final String BACKLOG = "OutboxBacklog";
    static final String OLDEST_RECORD_AGE = "OutboxOldestRecordAge";
    static final String MODEL_AGE = "RecommendationModelAge";
    static final String BUILD_DURATION = "RecommendationBuildDuration";

    static ServiceMetrics of(TandemConfig config) {
        return new ServiceMetrics(NAMESPACE, config.envName());
    }

    /** The variables that bind the service's {@code tandem.metrics.*} settings. */
    Map<String, String> environmentVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("TANDEM_METRICS_NAMESPACE", namespace);
        variables.put("TANDEM_METRICS_ENVIRONMENT", environment);
        return variables;
    }

    /**
     * {@code PutMetricData} has no resource to name, so the statement is on {@code *}, narrowed by
     * the condition key CloudWatch offers instead: the namespace.
     */
    void grantPublishTo(IGrantable grantee) {
        grantee.getGrantPrincipal()
                .addToPrincipalPolicy(PolicyStatement.Builder.create()
                        .actions(List.of("cloudwatch:PutMetricData"))
                        .resources(List.of("*"))
                        .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", namespace)))
                        .build());
    }

    /** Records waiting to be published: the most measured in each minute. */
    Metric backlog() {
        return metric(BACKLOG);
    }

    /** Seconds the oldest waiting record had waited: the most measured in each minute. */
    Metric oldestRecordAge() {
        return metric(OLDEST_RECORD_AGE);
    }

    /** Seconds since the recommendation model the instances serve was built: the most in each minute. */
    Metric modelAge() {
        return metric(MODEL_AGE);
    }

    /** Seconds the last rebuild of the recommendation model took: the most in each minute. */
    Metric buildDuration() {
        return metric(BUILD_DURATION);
    }

    /**
     * Every instance publishes the same measurement of the shared table, so the maximum, not the
     * sum, is the backlog.
     */
    private Metric metric(String name) {
        return Metric.Builder.create()
                .namespace(namespace)
                .metricName(name)
                .dimensionsMap(new TreeMap<>(Map.of("Environment", environment)))
                .statistic("Maximum")
                .period(Duration.minutes(1))
                .build();
    }
}
