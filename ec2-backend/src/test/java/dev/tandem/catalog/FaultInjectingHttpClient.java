package dev.tandem.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The service's real HTTP client for AWS with fault injection at the wire: after {@link
 * #answer(String, AwsError)}, every request for that operation (its {@code X-Amz-Target}, as the
 * JSON protocols name it) gets AWS's error response, bytes and all, instead of reaching the
 * emulator; after {@link #refuseConnections(String)} it fails as a refused connection does. The
 * SDK parses, classifies and retries those answers exactly as it would AWS's, so a test sees the
 * service's real reaction to throttling and outages. Every other request goes to the emulator.
 */
public final class FaultInjectingHttpClient implements SdkHttpClient {

    public static final String DYNAMODB_TRANSACT_WRITE_ITEMS = "DynamoDB_20120810.TransactWriteItems";
    public static final String DYNAMODB_GET_ITEM = "DynamoDB_20120810.GetItem";
    public static final String EVENTBRIDGE_PUT_EVENTS = "AWSEvents.PutEvents";

    private static final String NO_CONNECTION = "no connection";

    private final SdkHttpClient delegate;
    private final Map<String, Object> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> injected = new ConcurrentHashMap<>();

    public FaultInjectingHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    /** From now on, every call of {@code target} gets {@code error}. */
    public void answer(String target, AwsError error) {
        faults.put(target, error);
    }

    /** Until {@code outage} has passed, every call of {@code target} gets {@code error}. */
    public void answerFor(String target, AwsError error, Duration outage) {
        faults.put(target, new Window(error, Instant.now().plus(outage)));
    }

    /** From now on, every call of {@code target} fails to connect. */
    public void refuseConnections(String target) {
        faults.put(target, NO_CONNECTION);
    }

    /** Calls of {@code target} reach the emulator again. */
    public void heal(String target) {
        faults.remove(target);
    }

    public int faultsInjected(String target) {
        return injected.computeIfAbsent(target, _ -> new AtomicInteger()).get();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target =
                request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        Object fault = current(faults.get(target));
        if (fault == null) {
            return delegate.prepareRequest(request);
        }
        injected.computeIfAbsent(target, _ -> new AtomicInteger()).incrementAndGet();
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (fault instanceof AwsError error) {
                    return response(error);
                }
                throw new ConnectException("Connection refused (injected fault)");
            }

            @Override
            public void abort() {}
        };
    }

    private record Window(AwsError error, Instant until) {}

    private static Object current(Object fault) {
        return fault instanceof Window window
                ? (Instant.now().isBefore(window.until()) ? window.error() : null)
                : fault;
    }

    private static HttpExecuteResponse response(AwsError error) {
        byte[] body = error.body();
        return HttpExecuteResponse.builder()
                .response(SdkHttpResponse.builder()
                        .statusCode(error.status())
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("Content-Length", Integer.toString(body.length))
                        .putHeader("x-amzn-RequestId", UUID.randomUUID().toString())
                        .build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                .build();
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    /** The real client is a bean of its own, closed as such. */
    @Override
    public void close() {}
}
