package dev.tandem.catalog;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchServiceClientConfiguration;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;

/**
 * The real CloudWatch client with fault injection: after {@link #failNextPutMetricData(int)}, that
 * many {@code PutMetricData} calls fail the way an unreachable CloudWatch does (an {@link
 * SdkClientException}) before any reaches it. Every other call goes to the real (local) CloudWatch.
 */
public final class FaultInjectingCloudWatchClient implements CloudWatchClient {

    private final CloudWatchClient delegate;
    private final AtomicInteger failuresToInject = new AtomicInteger();
    private final AtomicInteger failuresInjected = new AtomicInteger();
    private volatile Predicate<PutMetricDataRequest> which = request -> true;

    public FaultInjectingCloudWatchClient(CloudWatchClient delegate) {
        this.delegate = delegate;
    }

    public void failNextPutMetricData(int calls) {
        failNextPutMetricData(calls, request -> true);
    }

    /**
     * Fails only the next {@code calls} that carry the metric {@code metricName}: the service has more than one
     * publisher (the outbox backlog, the recommendation model), and a test of one must not see the other's failures.
     */
    public void failNextPutMetricData(int calls, String metricName) {
        failNextPutMetricData(calls, request -> request.metricData().stream()
                .anyMatch(datum -> datum.metricName().equals(metricName)));
    }

    private void failNextPutMetricData(int calls, Predicate<PutMetricDataRequest> which) {
        this.which = which;
        failuresToInject.set(calls);
        failuresInjected.set(0);
    }

    public int failuresInjected() {
        return failuresInjected.get();
    }

    @Override
    public PutMetricDataResponse putMetricData(PutMetricDataRequest request) {
        if (which.test(request) && failuresToInject.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            failuresInjected.incrementAndGet();
            throw SdkClientException.create("injected fault: CloudWatch is unreachable");
        }
        return delegate.putMetricData(request);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public CloudWatchServiceClientConfiguration serviceClientConfiguration() {
        return delegate.serviceClientConfiguration();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
