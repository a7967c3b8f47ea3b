package dev.tandem.localcloud.edge.fault;

import java.time.Duration;

/** What the edge does to a call instead of, or before, passing it on: the faults a drill injects. */
public sealed interface Fault {

    /**
     * Answers with the service's own error shape and does not pass the call on.
     *
     * @param code the error code as the service names it, e.g. {@code ThrottlingException}
     */
    record ErrorReply(int status, String code, String message) implements Fault {}

    /** Holds the call this long, then passes it on. */
    record Delay(Duration delay) implements Fault {}

    /** Closes the connection without an answer. */
    record Drop() implements Fault {}

    /**
     * Kills the caller's process, as a crash would, then closes the connection: a function's JVM dies in the middle
     * of its invocation. The edge hands the caller to whoever knows its process (see {@code Edge.crashHandler}).
     */
    record Crash() implements Fault {}
}
