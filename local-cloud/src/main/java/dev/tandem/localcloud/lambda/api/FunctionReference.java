package dev.tandem.localcloud.lambda.api;

import java.util.Optional;

/**
 * A function as the Lambda API lets callers name it: {@code name}, {@code name:qualifier}, or a full or partial ARN
 * with or without a qualifier ({@code arn:aws:lambda:us-east-1:000000000000:function:name:live}). The qualifier is
 * a version number, {@code $LATEST} or an alias name.
 */
record FunctionReference(String name, Optional<String> qualifier) {

    static FunctionReference parse(String reference) {
        String[] parts = reference.split(":");
        int marker = indexOf(parts, "function");
        if (marker >= 0 && marker + 1 < parts.length) {
            return of(parts[marker + 1], marker + 2 < parts.length ? parts[marker + 2] : null, reference);
        }
        return of(parts[0], parts.length > 1 ? parts[1] : null, reference);
    }

    private static FunctionReference of(String name, String qualifier, String reference) {
        if (name.isBlank() || (qualifier != null && qualifier.isBlank())) {
            throw LambdaApiException.invalidParameter("not a function name or ARN: " + reference);
        }
        return new FunctionReference(name, Optional.ofNullable(qualifier));
    }

    private static int indexOf(String[] parts, String value) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
