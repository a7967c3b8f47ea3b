package dev.tandem.catalog.ids;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The service's identifiers: random UUIDs in their canonical lower-case form. A path segment that
 * is not one cannot name anything, so handlers answer 404 without asking DynamoDB (whose keys are
 * limited in size: an arbitrary long segment would otherwise be a DynamoDB validation error).
 */
public final class Ids {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {}

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static boolean isWellFormed(String id) {
        return id != null && CANONICAL_UUID.matcher(id).matches();
    }
}
