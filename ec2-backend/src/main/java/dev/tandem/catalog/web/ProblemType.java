package dev.tandem.catalog.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error the API answers with, each with a stable {@code type} URI that clients may
 * branch on (RFC 9457); the {@code title} and {@code detail} are for people and may change.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "The request is invalid"),
    MALFORMED_JSON("malformed-json", HttpStatus.BAD_REQUEST, "The request body is not well-formed JSON"),
    INVALID_CURSOR("invalid-cursor", HttpStatus.BAD_REQUEST, "The cursor was not issued by this service"),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Authentication required"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
    SKU_TAKEN("sku-taken", HttpStatus.CONFLICT, "Another product has this SKU"),
    OUT_OF_STOCK("out-of-stock", HttpStatus.CONFLICT, "Not enough stock"),
    TOO_MANY_IMAGES("too-many-images", HttpStatus.CONFLICT, "The product has as many images as it may have"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request body is too large"),
    IMAGE_TOO_LARGE("image-too-large", HttpStatus.CONTENT_TOO_LARGE, "The image is too large"),
    UNSUPPORTED_MEDIA_TYPE(
            "unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The request body must be JSON"),
    UNSUPPORTED_IMAGE_TYPE(
            "unsupported-image-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The image type is not supported"),
    UNKNOWN_PRODUCT("unknown-product", HttpStatus.UNPROCESSABLE_CONTENT, "The order names an unknown product"),
    MIXED_CURRENCIES(
            "mixed-currencies",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The order's products are priced in different currencies"),
    IDEMPOTENCY_KEY_REUSED(
            "idempotency-key-reused",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The Idempotency-Key was already used for a different request"),
    BUSY("busy", HttpStatus.SERVICE_UNAVAILABLE, "Too much contention, retry shortly"),
    SERVICE_UNAVAILABLE(
            "service-unavailable",
            HttpStatus.SERVICE_UNAVAILABLE,
            "A service the API relies on is throttling or unavailable, retry shortly"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private static final String BASE = "https://tandem.dev/problems/";

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.uri = URI.create(BASE + slug);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type for an error Spring MVC itself raised, by its status. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> BUSY;
            default -> INTERNAL_ERROR;
        };
    }
}
