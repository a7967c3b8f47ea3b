package dev.tandem.catalog.web;

import java.io.IOException;

/**
 * A request body is larger than the service accepts. An {@link IOException}, because it surfaces
 * while a message converter reads the body; {@link ApiExceptionHandler} answers it with 413.
 */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
