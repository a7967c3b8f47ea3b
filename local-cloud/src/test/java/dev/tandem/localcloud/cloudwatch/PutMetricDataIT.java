package dev.tandem.localcloud.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterCombinationException;
import software.amazon.awssdk.services.cloudwatch.model.InvalidParameterValueException;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.StatisticSet;

/** Local CloudWatch keeps what the SDK's own client puts, and refuses what CloudWatch would refuse. */
@ExtendWith(LocalAwsExtension.class)
class PutMetricDataIT {

    private final LocalAws aws;
    private final CloudWatchClient cloudWatch;
    private final String namespace = "Test/" + UUID.randomUUID();

    PutMetricDataIT(LocalAws aws, CloudWatchClient cloudWatch) {
        this.aws = aws;
        this.cloudWatch = cloudWatch;
    }

    @Test
    void keepsEachDatapointWithItsDimensionsTimestampAndUnit() {
        Instant measuredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(30);

        cloudWatch.putMetricData(request -> request.namespace(namespace)
                .metricData(
                        datum("Backlog", 7).timestamp(measuredAt).build(),
                        datum("OldestAge", 42.5).unit(StandardUnit.SECONDS).build()));

        assertThat(aws.cloudWatch().datapoints(namespace, "Backlog"))
                .singleElement()
                .satisfies(datum -> {
                    assertThat(datum.value()).isEqualTo(7);
                    assertThat(datum.timestamp()).isEqualTo(measuredAt);
                    assertThat(datum.unit()).isEqualTo("Count");
                    assertThat(datum.hasDimensions(Map.of("Environment", "test", "Table", "outbox")))
                            .isTrue();
                });
        assertThat(aws.cloudWatch().datapoints(namespace, "OldestAge"))
                .singleElement()
                .satisfies(datum -> {
                    assertThat(datum.value()).isEqualTo(42.5);
                    assertThat(datum.unit()).isEqualTo("Seconds");
                });
    }

    @Test
    void readsARequestTheClientCompressed() {
        List<String> contentEncodings = new CopyOnWriteArrayList<>();
        try (CloudWatchClient compressing = CloudWatchClient.builder()
                .region(aws.settings().region())
                .credentialsProvider(
                        StaticCredentialsProvider.create(aws.settings().credentials()))
                .endpointOverride(aws.endpoint())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(override -> override.compressionConfiguration(
                                compression -> compression.minimumCompressionThresholdInBytes(1))
                        .addExecutionInterceptor(new ExecutionInterceptor() {
                            @Override
                            public void beforeTransmission(
                                    Context.BeforeTransmission context, ExecutionAttributes attributes) {
                                contentEncodings.add(context.httpRequest()
                                        .firstMatchingHeader("Content-Encoding")
                                        .orElse("identity"));
                            }
                        }))
                .build()) {

            compressing.putMetricData(request -> request.namespace(namespace)
                    .metricData(datum("Compressed", 3).build()));
        }

        assertThat(contentEncodings).containsExactly("gzip");
        assertThat(aws.cloudWatch().datapoints(namespace, "Compressed"))
                .extracting(MetricDatapoint::value)
                .containsExactly(3.0);
    }

    @Test
    void refusesANamespaceReservedForAwsServices() {
        assertThatThrownBy(() -> cloudWatch.putMetricData(request -> request.namespace("AWS/Tandem")
                        .metricData(datum("Backlog", 1).build())))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Namespace");
        assertThat(aws.cloudWatch().datapoints("AWS/Tandem", "Backlog")).isEmpty();
    }

    @Test
    void storesNothingOfARequestWithOneInvalidDatum() {
        assertThatThrownBy(() -> cloudWatch.putMetricData(request -> request.namespace(namespace)
                        .metricData(
                                datum("Valid", 1).build(),
                                datum("NotANumber", Double.NaN).build())))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("MetricData.member.2.Value");
        assertThat(aws.cloudWatch().datapoints(namespace, "Valid")).isEmpty();
    }

    @Test
    void refusesADatumWithoutAValue() {
        assertThatThrownBy(() -> cloudWatch.putMetricData(request -> request.namespace(namespace)
                        .metricData(MetricDatum.builder().metricName("Empty").build())))
                .isInstanceOf(MissingRequiredParameterException.class)
                .hasMessageContaining("MetricData.member.1.Value");
    }

    @Test
    void refusesAValueTogetherWithAStatisticSet() {
        StatisticSet statistics = StatisticSet.builder()
                .sampleCount(2.0)
                .sum(3.0)
                .minimum(1.0)
                .maximum(2.0)
                .build();

        assertThatThrownBy(() -> cloudWatch.putMetricData(request -> request.namespace(namespace)
                        .metricData(datum("Both", 1).statisticValues(statistics).build())))
                .isInstanceOf(InvalidParameterCombinationException.class);
    }

    private static MetricDatum.Builder datum(String name, double value) {
        return MetricDatum.builder()
                .metricName(name)
                .value(value)
                .unit(StandardUnit.COUNT)
                .dimensions(
                        Dimension.builder().name("Table").value("outbox").build(),
                        Dimension.builder().name("Environment").value("test").build());
    }
}
