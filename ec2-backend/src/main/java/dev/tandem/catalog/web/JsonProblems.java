package dev.tandem.catalog.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says what is wrong with a JSON body in the client's terms: the field's path as the client wrote
 * it ({@code items[1].quantity}) and what it should have been, without Jackson's wording or the
 * names of the service's classes.
 */
final class JsonProblems {

    private JsonProblems() {}

    /** The offending field of a body that is JSON but does not fit the request. */
    static FieldProblem field(DatabindException e) {
        return new FieldProblem(path(e.getPath()), expectation(e));
    }

    /** Where a body stopped being JSON. */
    static String syntax(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1
                ? "The request body is not well-formed JSON."
                : "The request body is not well-formed JSON (line " + location.getLineNr() + ", column "
                        + location.getColumnNr() + ").";
    }

    private static String expectation(DatabindException e) {
        return switch (e) {
            case UnrecognizedPropertyException unknown -> "is not a field of this request";
            case ValueInstantiationException invalid
            when invalid.getCause() != null -> invalid.getCause().getMessage();
            case MismatchedInputException mismatch
            when mismatch.getTargetType() != null -> "must be " + describe(mismatch.getTargetType());
            default -> "has the wrong type";
        };
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "of another type";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
