package dev.tandem.localcloud.edge.pipeline;

import dev.tandem.localcloud.edge.authorization.Authorizer;
import dev.tandem.localcloud.edge.authorization.DefaultOperationResolver;
import dev.tandem.localcloud.edge.authorization.OperationResolver;
import dev.tandem.localcloud.edge.calls.CallListener;
import dev.tandem.localcloud.edge.errors.ErrorShapes;
import dev.tandem.localcloud.edge.fault.Fault;
import dev.tandem.localcloud.edge.fault.FaultSource;
import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.edge.sigv4.SigV4Verifier;
import dev.tandem.localcloud.edge.sigv4.SignatureRefusal;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the edge does with one call to an AWS API: verify its signature, name its operation, apply the faults a
 * drill asks for (delays, then an error reply or a dropped connection), ask IAM, pass it on, and tell the
 * listeners how it went. The resolver, authorizer and fault source are plugged in while the edge runs, so each
 * call reads the current ones. A call whose signature is refused has no principal, and no listener hears of it.
 */
public final class CallPipeline {

    private static final Logger log = LoggerFactory.getLogger(CallPipeline.class);

    private final SigV4Verifier verifier;
    private final TransparentProxy proxy;
    private final Clock clock;
    private final List<CallListener> listeners = new CopyOnWriteArrayList<>();
    private volatile OperationResolver resolver = new DefaultOperationResolver();
    private volatile Authorizer authorizer = Authorizer.ALLOW_ALL;
    private volatile FaultSource faults = FaultSource.NONE;
    private volatile Consumer<Principal> crashHandler =
            principal -> log.warn("A fault asked to crash {}, whose process the edge does not know", principal.name());

    public CallPipeline(SigV4Verifier verifier, TransparentProxy proxy, Clock clock) {
        this.verifier = verifier;
        this.proxy = proxy;
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
        CallTracker tracker = new CallTracker(start, principal, operation, call, clock, listeners);
        for (Fault fault : faults.faultsFor(principal, operation)) {
            switch (fault) {
                case Fault.Delay delay -> Thread.sleep(delay.delay());
                case Fault.ErrorReply reply -> {
                    var error = ErrorShapes.write(call.service(), call, reply.status(), reply.code(), reply.message());
                    reply(error, CallTracker.NOT_ASKED, tracker, response, callback);
                    return;
                }
                case Fault.Crash crash -> {
                    crashHandler.accept(principal);
                    drop(request, tracker, callback);
                    return;
                }
                case Fault.Drop drop -> {
                    drop(request, tracker, callback);
                    return;
                }
            }
        }
        Decision decision = authorizer.authorize(principal, operation, call);
        if (decision instanceof Decision.Denied denied) {
            reply(
                    ErrorShapes.accessDenied(call.service(), call, denied.message()),
                    decision,
                    tracker,
                    response,
                    callback);
            return;
        }
        ResponseTap tap = new ResponseTap(request, response);
        Callback completion = CallTracker.afterwards(
                callback,
                () -> tracker.completed(
                        decision,
                        tap.getStatus(),
                        CallFacts.errorCode(
                                tap.getStatus(),
                                tap.getHeaders(),
                                tap.getHeaders().get("Content-Type"),
                                tap.errorHead())));
        proxy.forward(request, call.body(), target, tap, completion);
    }

    private static void drop(Request request, CallTracker tracker, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        tracker.completed(CallTracker.NOT_ASKED, 0, Optional.empty());
        callback.failed(new EofException("dropped by a fault"));
    }

    private static void reply(
            ErrorShapes.ErrorResponse error,
            Decision decision,
            CallTracker tracker,
            Response response,
            Callback callback) {
        send(error, response, tracker.notifying(decision, error.status(), Optional.of(error.code()), callback));
    }

    static void send(ErrorShapes.ErrorResponse error, Response response, Callback callback) {
        response.setStatus(error.status());
        error.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(error.body()), callback);
    }

    public void resolver(OperationResolver resolver) {
        this.resolver = resolver;
    }

    public void authorizer(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    public void faults(FaultSource faults) {
        this.faults = faults;
    }

    public void crashHandler(Consumer<Principal> crashHandler) {
        this.crashHandler = crashHandler;
    }

    /** The listeners told of each call, in order; safe to change while calls go through. */
    public List<CallListener> listeners() {
        return listeners;
    }
}
