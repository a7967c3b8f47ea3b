package dev.tandem.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses calls to {@link AdminOnly} handlers that do not carry the admin token. An interceptor
 * runs after the handler is chosen and before its arguments are read, so an unauthenticated
 * request is answered with 401 whatever its body holds.
 */
final class AdminAuthInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AdminAuthInterceptor.class);

    private final AdminToken token;

    AdminAuthInterceptor(AdminToken token) {
        this.token = token;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && method.hasMethodAnnotation(AdminOnly.class)
                && !token.isPresentIn(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            log.warn("Refused {} {}: missing or wrong admin token", request.getMethod(), request.getRequestURI());
            throw new ProblemException(ProblemType.UNAUTHORIZED, "This endpoint requires the admin's bearer token.");
        }
        return true;
    }
}
