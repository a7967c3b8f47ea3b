package dev.tandem.catalog;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeServiceClientConfiguration;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * The real EventBridge client with fault injection: after {@link #failNextPutEvents(int)}, that
 * many {@code PutEvents} calls fail the way an unreachable bus does (an {@link SdkClientException})
 * before any reaches the bus. Every other call goes to the real (local) EventBridge unchanged, so a
 * test sees how the relay copes with real failures followed by real deliveries.
 */
public final class FaultInjectingEventBridgeClient implements EventBridgeClient {

    private final EventBridgeClient delegate;
    private final AtomicInteger failuresToInject = new AtomicInteger();
    private final AtomicInteger failuresInjected = new AtomicInteger();

    public FaultInjectingEventBridgeClient(EventBridgeClient delegate) {
        this.delegate = delegate;
    }

    public void failNextPutEvents(int calls) {
        failuresToInject.set(calls);
        failuresInjected.set(0);
    }

    public int failuresInjected() {
        return failuresInjected.get();
    }

    @Override
    public PutEventsResponse putEvents(PutEventsRequest request) {
        if (failuresToInject.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            failuresInjected.incrementAndGet();
            throw SdkClientException.create("injected fault: the event bus is unreachable");
        }
        return delegate.putEvents(request);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public EventBridgeServiceClientConfiguration serviceClientConfiguration() {
        return delegate.serviceClientConfiguration();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
