package dev.tandem.catalog.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code @Schema(nullable = true)} true in the OpenAPI 3.1 document. 3.1 has no {@code
 * nullable} (its schemas are JSON Schema 2020-12, where null is a type) and springdoc drops the
 * flag when it writes 3.1, so a field that is null on the wire would be documented as never null.
 * Rendered as 3.0 (as the tests ask), the flag stays and this does nothing.
 */
final class NullableFields {

    private NullableFields() {}

    static void describe(OpenAPI api) {
        if (api.getSpecVersion() != SpecVersion.V31 || api.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema<?> schema : api.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                for (Schema<?> property : schema.getProperties().values()) {
                    if (Boolean.TRUE.equals(property.getNullable())) {
                        allowNull(property);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void allowNull(Schema<?> property) {
        if (property.getType() != null) {
            property.addType(property.getType());
        }
        property.addType("null");
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            ((Schema<Object>) property).setEnum(values);
        }
    }
}
