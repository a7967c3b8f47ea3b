package dev.tandem.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/** Formats the location of a JSON error the way a reader writes it: {@code lines[0].unitPrice}. */
final class JsonPaths {

    private static final Pattern QUOTED_FIELD = Pattern.compile("'([A-Za-z0-9_-]+)'");

    private JsonPaths() {}

    static String of(List<JacksonException.Reference> references) {
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
        return path.toString();
    }

    /**
     * The offending field: the error's path, extended by the field the message names when the
     * error is about a missing field inside the object at that path.
     */
    static String field(String path, String reason) {
        Matcher quoted = QUOTED_FIELD.matcher(reason == null ? "" : reason);
        if (!quoted.find()) {
            return path;
        }
        String named = quoted.group(1);
        if (path.equals(named) || path.endsWith("." + named)) {
            return path;
        }
        return path.isEmpty() ? named : path + "." + named;
    }
}
