package dev.tandem.localcloud.edge;

import dev.tandem.localcloud.iam.Decision;
import dev.tandem.localcloud.iam.Operation;
import dev.tandem.localcloud.iam.Principal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the edge does with one signed call: verify its signature, name its operation, apply the faults a drill asks
 * for, ask IAM, pass it on, and tell the listeners how it went. The resolver, authorizer and fault source are
 * plugged in while the edge runs, so each call reads the current ones.
 */
final class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final SigV4Verifier verifier;
    private final Forwarder forwarder;
    private final Clock clock;
    private volatile OperationResolver resolver = new NamingResolver();
    private volatile Authorizer authorizer = Authorizer.ALLOW_ALL;
    private volatile FaultSource faults = FaultSource.NONE;
    private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

    Pipeline(SigV4Verifier verifier, Forwarder forwarder, Clock clock) {
        this.verifier = verifier;
        this.forwarder = forwarder;
        this.clock = clock;
    }

    void process(AwsRequest call, URI target, Request request, Response response, Callback callback) throws Exception {
        Instant start = clock.instant();
        Principal principal;
        try {
            principal = verifier.verify(call);
        } catch (SignatureRefusal refusal) {
            Fault.ErrorReply reply = refusal.problem().reply(call.service());
            log.debug("refused the signature of a {} call: {}", call.service(), refusal.problem());
            send(
                    ErrorShapes.write(call.service(), call, reply.status(), reply.code(), reply.message()),
                    response,
                    callback);
            return;
        }
        Operation operation = resolver.resolve(call);
        Record record = new Record(start, principal, operation, call);
        for (Fault fault : faults.faultsFor(principal, operation)) {
            switch (fault) {
                case Fault.Delay delay -> Thread.sleep(delay.delay());
                case Fault.ErrorReply reply -> {
                    var error = ErrorShapes.write(call.service(), call, reply.status(), reply.code(), reply.message());
                    send(
                            error,
                            response,
                            record.notifying(NOT_ASKED, reply.status(), Optional.of(reply.code()), callback));
                    return;
                }
                case Fault.Drop drop -> {
                    request.getConnectionMetaData()
                            .getConnection()
                            .getEndPoint()
                            .close();
                    record.completed(NOT_ASKED, 0, Optional.empty());
                    callback.failed(new EofException("dropped by a fault"));
                    return;
                }
            }
        }
        Decision decision = authorizer.authorize(principal, operation, call);
        if (decision instanceof Decision.Denied denied) {
            var error = ErrorShapes.accessDenied(call.service(), call, denied.message());
            String code = call.service().matches("s3|sqs|monitoring") ? "AccessDenied" : "AccessDeniedException";
            send(error, response, record.notifying(decision, error.status(), Optional.of(code), callback));
            return;
        }
        ResponseTap tap = new ResponseTap(request, response);
        Callback completion = afterwards(
                callback,
                () -> record.completed(
                        decision,
                        tap.getStatus(),
                        CallFacts.errorCode(
                                tap.getStatus(),
                                tap.getHeaders(),
                                tap.getHeaders().get("Content-Type"),
                                tap.errorHead())));
        forwarder.forward(request, call.body(), target, tap, completion);
    }

    private static final Decision NOT_ASKED = new Decision.Allowed(List.of());

    static void send(ErrorShapes.ErrorResponse error, Response response, Callback callback) {
        response.setStatus(error.status());
        error.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(error.body()), callback);
    }

    /** Runs {@code listeners} once the call is answered (or failed), before the client learns it is complete. */
    private static Callback afterwards(Callback callback, Runnable listeners) {
        return new Callback() {
            @Override
            public void succeeded() {
                listeners.run();
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                listeners.run();
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
    }

    void resolver(OperationResolver resolver) {
        this.resolver = resolver;
    }

    void authorizer(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    void faults(FaultSource faults) {
        this.faults = faults;
    }

    List<CallListener> listeners() {
        return listeners;
    }

    /** One call on its way, to be told to the listeners once answered. */
    private final class Record {
        private final Instant start;
        private final Principal principal;
        private final Operation operation;
        private final AwsRequest call;

        Record(Instant start, Principal principal, Operation operation, AwsRequest call) {
            this.start = start;
            this.principal = principal;
            this.operation = operation;
            this.call = call;
        }

        Callback notifying(Decision decision, int status, Optional<String> errorCode, Callback callback) {
            return afterwards(callback, () -> completed(decision, status, errorCode));
        }

        void completed(Decision decision, int status, Optional<String> errorCode) {
            Instant end = clock.instant();
            CallRecord record = new CallRecord(
                    start,
                    principal,
                    operation,
                    decision,
                    status,
                    errorCode,
                    Duration.between(start, end),
                    CallFacts.correlationId(call));
            for (CallListener listener : listeners) {
                try {
                    listener.completed(record);
                } catch (RuntimeException e) {
                    log.warn("a call listener failed on {}", operation.name(), e);
                }
            }
        }
    }
}
