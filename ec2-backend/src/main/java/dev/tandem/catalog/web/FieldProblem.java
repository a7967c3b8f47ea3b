package dev.tandem.catalog.web;

/**
 * One invalid field of a request, in an {@code invalid-request} problem's {@code errors} list.
 *
 * @param field the field's path in the request, e.g. {@code items[1].quantity}, or a parameter name
 */
public record FieldProblem(String field, String message) {}
