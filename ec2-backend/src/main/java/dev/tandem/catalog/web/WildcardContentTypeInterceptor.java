package dev.tandem.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a body whose {@code Content-Type} is a wildcard ({@code *}{@code /*}, {@code
 * application/*}) with the usual 415: a wildcard names no format, and Spring MVC would otherwise
 * fail on it with an {@code IllegalArgumentException} (a 500) while reading the body.
 */
final class WildcardContentTypeInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotSupportedException {
        String contentType = request.getContentType();
        if (contentType == null) {
            return true;
        }
        try {
            if (!MediaType.parseMediaType(contentType).isConcrete()) {
                throw new HttpMediaTypeNotSupportedException(
                        "Content-Type '" + contentType + "' is not a media type", List.of(MediaType.APPLICATION_JSON));
            }
        } catch (InvalidMediaTypeException unparseable) {
            // Spring MVC refuses an unparseable type itself, with a 415.
        }
        return true;
    }
}
