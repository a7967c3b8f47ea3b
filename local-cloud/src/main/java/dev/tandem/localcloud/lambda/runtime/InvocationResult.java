package dev.tandem.localcloud.lambda.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one synchronous ({@code RequestResponse}) invocation: the function's response
 * payload, or the error it (or Lambda, for a timeout or a crashed runtime) reported. Either way
 * it carries the invocation's request id, the one the function saw in its context, and how long
 * the invocation ran, from hand-over to the runtime until settled (a cold start's init not
 * included, as in Lambda's own {@code Duration}).
 */
public sealed interface InvocationResult {

    String requestId();

    Duration duration();

    /** The function returned; {@code payload} is its JSON response, exactly as the runtime posted it. */
    record Success(String requestId, String payload, Duration duration) implements InvocationResult {
        public Success {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /** The function threw, timed out, could not be initialised, or its runtime died. */
    record Failure(String requestId, FunctionError error, Duration duration) implements InvocationResult {
        public Failure {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(duration, "duration");
        }
    }
}
