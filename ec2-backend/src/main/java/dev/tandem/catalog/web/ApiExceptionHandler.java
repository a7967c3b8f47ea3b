package dev.tandem.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into an {@code application/problem+json} answer with a stable {@code type}
 * (see {@link ProblemType}). Spring MVC's own errors (415, 405, 404, ...) keep their status and get
 * the matching type; unreadable and invalid bodies say which field is wrong; AWS throttling or
 * failing (see {@link AwsUnavailability}) is a 503 with {@code Retry-After}, logged in one line;
 * anything unexpected is logged with its stack trace and answered with a generic 500 that reveals
 * nothing.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    /**
     * Seconds: by the time AWS's refusal reaches the API the SDK has retried with back-off for a
     * while, so a client that waits a little longer than that gives the capacity time to recover.
     */
    static final int RETRY_AFTER_UNAVAILABLE_SECONDS = 2;

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
        ProblemDetail problem = problem(e.type(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.type().status());
        if (e.type() == ProblemType.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        } else if (e.type() == ProblemType.BUSY) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        return response.body(problem);
    }

    @ExceptionHandler(SdkException.class)
    ResponseEntity<ProblemDetail> handleAws(SdkException e, HttpServletRequest request) {
        if (!AwsUnavailability.isUnavailable(e)) {
            return handleUnexpected(e, request);
        }
        // Not the service's fault either, and the SDK's stack trace would say nothing the line does not.
        log.warn(
                "Answered {} {} with 503, AWS is throttling or unavailable: {}",
                request.getMethod(),
                request.getRequestURI(),
                AwsUnavailability.describe(e));
        ProblemType type = ProblemType.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(type.status())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_UNAVAILABLE_SECONDS))
                .body(problem(
                        type, "The service's storage is busy or unreachable. Retry after the seconds in Retry-After."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e, HttpServletRequest request) {
        log.error("Failed to handle {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemType type = ProblemType.INTERNAL_ERROR;
        return ResponseEntity.status(type.status())
                .body(problem(type, "The service could not handle the request. The error has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Stream<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()));
        Stream<FieldProblem> global = e.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()));
        return invalid(e, Stream.concat(fields, global).toList(), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                error instanceof FieldError field
                                        ? field.getField()
                                        : result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return invalid(e, errors, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, BodyTooLargeException.class)) {
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            ProblemDetail problem =
                    problem(type, "The request body exceeds " + RequestBodyLimitFilter.MAX_BODY_BYTES + " bytes.");
            return handleExceptionInternal(e, problem, headers, type.status(), request);
        }
        if (e.getCause() instanceof DatabindException mapping) {
            return invalid(e, List.of(JsonProblems.field(mapping)), headers, status, request);
        }
        String detail = e.getCause() instanceof JacksonException syntax
                ? JsonProblems.syntax(syntax)
                : "The request body is missing.";
        return handleExceptionInternal(e, problem(ProblemType.MALFORMED_JSON, detail), headers, status, request);
    }

    /** Gives the problems Spring MVC builds itself (404, 405, 415, ...) this API's types. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object problemBody = body == null && e instanceof ErrorResponse response ? response.getBody() : body;
        if (problemBody instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            ProblemType type = ProblemType.forStatus(status.value());
            problem.setType(type.uri());
            problem.setTitle(type.title());
        }
        return super.handleExceptionInternal(e, problemBody, headers, status, request);
    }

    private ResponseEntity<Object> invalid(
            Exception e, List<FieldProblem> errors, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, detail);
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
