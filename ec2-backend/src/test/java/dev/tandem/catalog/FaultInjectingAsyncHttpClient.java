package dev.tandem.catalog;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * {@link FaultInjectingHttpClient}'s counterpart for the asynchronous SDK clients (the SQS client
 * of the inbox listener): for a while, every request for one operation gets AWS's error response
 * on the wire instead of reaching the emulator; everything else goes through.
 */
public final class FaultInjectingAsyncHttpClient implements SdkAsyncHttpClient {

    public static final String SQS_RECEIVE_MESSAGE = "AmazonSQS.ReceiveMessage";

    private final SdkAsyncHttpClient delegate;
    private final Map<String, Window> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> injected = new ConcurrentHashMap<>();

    public FaultInjectingAsyncHttpClient(SdkAsyncHttpClient delegate) {
        this.delegate = delegate;
    }

    private record Window(AwsError error, Instant until) {}

    /** Until {@code outage} has passed, every call of {@code target} gets {@code error}. */
    public void answerFor(String target, AwsError error, Duration outage) {
        faults.put(target, new Window(error, Instant.now().plus(outage)));
    }

    public int faultsInjected(String target) {
        return injected.computeIfAbsent(target, _ -> new AtomicInteger()).get();
    }

    @Override
    public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
        String target = request.request().firstMatchingHeader("X-Amz-Target").orElse("");
        Window window = faults.get(target);
        if (window == null || !Instant.now().isBefore(window.until())) {
            return delegate.execute(request);
        }
        injected.computeIfAbsent(target, _ -> new AtomicInteger()).incrementAndGet();
        byte[] body = window.error().body();
        request.responseHandler()
                .onHeaders(SdkHttpResponse.builder()
                        .statusCode(window.error().status())
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("Content-Length", Integer.toString(body.length))
                        .putHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                        .build());
        CompletableFuture<Void> done = new CompletableFuture<>();
        request.responseHandler().onStream(subscriber -> AsyncRequestBody.fromBytes(body)
                .subscribe(new CompletingSubscriber(subscriber, done)));
        return done;
    }

    /** Passes the body on, and completes the exchange when the SDK has read all of it. */
    private record CompletingSubscriber(Subscriber<? super ByteBuffer> downstream, CompletableFuture<Void> done)
            implements Subscriber<ByteBuffer> {

        @Override
        public void onSubscribe(Subscription subscription) {
            downstream.onSubscribe(subscription);
        }

        @Override
        public void onNext(ByteBuffer bytes) {
            downstream.onNext(bytes);
        }

        @Override
        public void onError(Throwable error) {
            downstream.onError(error);
            done.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            downstream.onComplete();
            done.complete(null);
        }
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
