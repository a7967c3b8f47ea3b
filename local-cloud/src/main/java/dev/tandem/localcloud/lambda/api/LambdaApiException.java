package dev.tandem.localcloud.lambda.api;

/**
 * A Lambda API call refused the way Lambda refuses it: an HTTP status and the error type the SDK turns into its
 * exception class ({@code ResourceNotFoundException}, {@code ResourceConflictException}, ...).
 */
final class LambdaApiException extends RuntimeException {

    private final int status;
    private final String type;

    private LambdaApiException(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    static LambdaApiException notFound(String message) {
        return new LambdaApiException(404, "ResourceNotFoundException", message);
    }

    static LambdaApiException conflict(String message) {
        return new LambdaApiException(409, "ResourceConflictException", message);
    }

    static LambdaApiException invalidParameter(String message) {
        return new LambdaApiException(400, "InvalidParameterValueException", message);
    }

    static LambdaApiException unknownOperation(String method, String path) {
        return new LambdaApiException(
                404,
                "UnknownOperationException",
                "local-cloud's Lambda API has no " + method
                        + " " + path
                        + "; it implements what a deployment needs: functions, versions, aliases, SQS event"
                        + " source mappings and synchronous invocation");
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }
}
