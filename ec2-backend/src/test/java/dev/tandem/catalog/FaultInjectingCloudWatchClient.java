package dev.tandem.catalog;

import java.util.concurrent.atomic.AtomicInteger;
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

    public FaultInjectingCloudWatchClient(CloudWatchClient delegate) {
        this.delegate = delegate;
    }

    public void failNextPutMetricData(int calls) {
        failuresToInject.set(calls);
        failuresInjected.set(0);
    }

    public int failuresInjected() {
        return failuresInjected.get();
    }

    @Override
    public PutMetricDataResponse putMetricData(PutMetricDataRequest request) {
        if (failuresToInject.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
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
