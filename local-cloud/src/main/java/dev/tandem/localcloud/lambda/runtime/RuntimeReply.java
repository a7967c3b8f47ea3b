package dev.tandem.localcloud.lambda.runtime;

/**
 * The answer of the runtime API to a runtime's report, with the status codes and error types of
 * AWS's runtime API: 202 when accepted, 400 {@code InvalidRequestID} for a request id that is
 * unknown or already answered (a late response to a timed-out invocation, say), 403
 * {@code InvalidStateTransition} for a report that the runtime's state does not allow, 413
 * {@code RequestEntityTooLarge} for a response above Lambda's 6 MB limit.
 */
record RuntimeReply(int status, String errorType, String errorMessage) {

    static final RuntimeReply ACCEPTED = new RuntimeReply(202, "", "");
    static final RuntimeReply INVALID_REQUEST_ID = new RuntimeReply(400, "InvalidRequestID", "Invalid request ID");
    static final RuntimeReply ALREADY_INITIALISED = new RuntimeReply(
            403, "InvalidStateTransition", "Init error reported after the runtime asked for an invocation");
    static final RuntimeReply TOO_LARGE = new RuntimeReply(
            413,
            "RequestEntityTooLarge",
            "Exceeded maximum allowed payload size (" + RuntimeSession.MAX_RESPONSE_BYTES + " bytes).");

    boolean accepted() {
        return status == ACCEPTED.status;
    }
}
