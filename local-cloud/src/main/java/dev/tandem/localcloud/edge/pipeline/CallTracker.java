package dev.tandem.localcloud.edge.pipeline;

import dev.tandem.localcloud.edge.calls.CallListener;
import dev.tandem.localcloud.edge.calls.CallRecord;
import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One call on its way through the edge, whose {@link CallRecord} the listeners get once it is answered. */
final class CallTracker {

    private static final Logger log = LoggerFactory.getLogger(CallTracker.class);

    /** The decision recorded for a call answered before IAM was asked (an injected fault). */
    static final Decision NOT_ASKED = new Decision.Allowed(List.of());

    private final Instant start;
    private final Principal principal;
    private final Operation operation;
    private final AwsRequest call;
    private final Clock clock;
    private final List<CallListener> listeners;

    /** @param start when the call reached the edge */
    CallTracker(
            Instant start,
            Principal principal,
            Operation operation,
            AwsRequest call,
            Clock clock,
            List<CallListener> listeners) {
        this.start = start;
        this.principal = principal;
        this.operation = operation;
        this.call = call;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** {@code callback}, which first tells the listeners how the call ended. */
    Callback notifying(Decision decision, int status, Optional<String> errorCode, Callback callback) {
        return afterwards(callback, () -> completed(decision, status, errorCode));
    }

    void completed(Decision decision, int status, Optional<String> errorCode) {
        CallRecord record = new CallRecord(
                start,
                principal,
                operation,
                decision,
                status,
                errorCode,
                Duration.between(start, clock.instant()),
                CallFacts.correlationId(call));
        for (CallListener listener : listeners) {
            try {
                listener.completed(record);
            } catch (RuntimeException e) {
                log.warn("a call listener failed on {}", operation.name(), e);
            }
        }
    }

    /** Runs {@code first} once the call is answered (or failed), before the client is told it is complete. */
    static Callback afterwards(Callback callback, Runnable first) {
        return new Callback() {
            @Override
            public void succeeded() {
                first.run();
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                first.run();
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
    }
}
