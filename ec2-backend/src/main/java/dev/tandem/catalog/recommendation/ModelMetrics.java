package dev.tandem.catalog.recommendation;

import dev.tandem.catalog.config.TandemProperties;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * The model's figures in CloudWatch, beside the outbox backlog and under the same namespace and
 * {@code Environment} dimension: {@value #MODEL_AGE} (seconds since the model an instance serves was
 * built, published at every check) and {@value #BUILD_DURATION} (seconds a rebuild took, published by
 * the instance that built it). infra's {@code ServiceMetrics} names the same metrics for the
 * dashboard and the stale-model alarm. Off where metrics are off; a failure is logged, never thrown.
 */
@Component
class ModelMetrics {

    static final String MODEL_AGE = "RecommendationModelAge";
    static final String BUILD_DURATION = "RecommendationBuildDuration";

    private static final Logger log = LoggerFactory.getLogger(ModelMetrics.class);

    private final ObjectProvider<CloudWatchClient> cloudWatch;
    private final TandemProperties.Metrics settings;

    ModelMetrics(ObjectProvider<CloudWatchClient> cloudWatch, TandemProperties properties) {
        this.cloudWatch = cloudWatch;
        this.settings = properties.metrics();
    }

    void modelAge(Duration age, Instant at) {
        publish(MODEL_AGE, age.toMillis() / 1000.0, at);
    }

    void buildDuration(Duration took, Instant at) {
        publish(BUILD_DURATION, took.toMillis() / 1000.0, at);
    }

    private void publish(String name, double seconds, Instant at) {
        CloudWatchClient client = cloudWatch.getIfAvailable();
        if (!settings.enabled() || client == null) {
            return;
        }
        try {
            client.putMetricData(request -> request.namespace(settings.namespace())
                    .metricData(MetricDatum.builder()
                            .metricName(name)
                            .dimensions(Dimension.builder()
                                    .name("Environment")
                                    .value(settings.environment())
                                    .build())
                            .value(seconds)
                            .unit(StandardUnit.SECONDS)
                            .timestamp(at)
                            .build()));
        } catch (RuntimeException e) {
            log.warn("Could not publish {} to CloudWatch ({})", name, e.toString());
        }
    }
}
