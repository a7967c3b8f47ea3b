package dev.tandem.localcloud.eventbridge.bus;

/**
 * A request-level error, answered the way AWS answers it: an HTTP status and a JSON body whose {@code __type} the
 * SDK turns into the matching exception (e.g. {@code ResourceNotFoundException}).
 */
public final class EventBridgeException extends RuntimeException {

    private final String type;
    private final int status;

    private EventBridgeException(String type, int status, String message) {
        super(message);
        this.type = type;
        this.status = status;
    }

    public static EventBridgeException validation(String message) {
        return new EventBridgeException("ValidationException", 400, message);
    }

    public static EventBridgeException notFound(String message) {
        return new EventBridgeException("ResourceNotFoundException", 400, message);
    }

    static EventBridgeException alreadyExists(String message) {
        return new EventBridgeException("ResourceAlreadyExistsException", 400, message);
    }

    public static EventBridgeException invalidPattern(String reason) {
        return new EventBridgeException(
                "InvalidEventPatternException", 400, "Event pattern is not valid. Reason: " + reason);
    }

    public static EventBridgeException limitExceeded(String message) {
        return new EventBridgeException("LimitExceededException", 400, message);
    }

    public static EventBridgeException serialization(String message) {
        return new EventBridgeException("SerializationException", 400, message);
    }

    public static EventBridgeException unknownOperation(String target) {
        return new EventBridgeException(
                "UnknownOperationException", 400, "Operation " + target + " is not supported by local-cloud");
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }
}
