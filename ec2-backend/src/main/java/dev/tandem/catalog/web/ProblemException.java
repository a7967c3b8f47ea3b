package dev.tandem.catalog.web;

import java.util.Map;

/**
 * An outcome the API reports as a problem: thrown by the features, answered by {@link
 * ApiExceptionHandler} with the type's status and URI, the {@code detail}, and any extra {@code
 * properties} (such as the products that are out of stock) as members of the problem document.
 */
public final class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
