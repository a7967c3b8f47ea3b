package dev.tandem.catalog.product;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A PATCH as a DynamoDB update: one {@code SET} per field the request changes, plus {@code
 * updatedAt}. Attribute names go through placeholders, since {@code name} is a DynamoDB reserved word.
 */
record ProductUpdate(String expression, Map<String, String> names, Map<String, AttributeValue> values) {

    static ProductUpdate of(ProductChanges changes, Instant now) {
        Map<String, AttributeValue> changed = new LinkedHashMap<>();
        if (changes.name() != null) {
            changed.put("name", AttributeValue.fromS(changes.name()));
        }
        if (changes.description() != null) {
            changed.put("description", AttributeValue.fromS(changes.description()));
        }
        if (changes.priceCents() != null) {
            changed.put("priceCents", AttributeValue.fromN(changes.priceCents().toString()));
        }
        if (changes.stock() != null) {
            changed.put("stock", AttributeValue.fromN(changes.stock().toString()));
        }
        changed.put("updatedAt", AttributeValue.fromS(now.toString()));
        return new ProductUpdate(
                changed.keySet().stream()
                        .map(attribute -> "#" + attribute + " = :" + attribute)
                        .collect(Collectors.joining(", ", "SET ", "")),
                changed.keySet().stream()
                        .collect(Collectors.toMap(attribute -> "#" + attribute, attribute -> attribute)),
                changed.entrySet().stream()
                        .collect(Collectors.toMap(attribute -> ":" + attribute.getKey(), Map.Entry::getValue)));
    }
}
