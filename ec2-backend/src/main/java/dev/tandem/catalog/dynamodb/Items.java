package dev.tandem.catalog.dynamodb;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts the records the service stores to DynamoDB items and back, through their JSON form: a
 * record's JSON becomes an {@link EnhancedDocument}, whose numbers are stored as DynamoDB numbers,
 * objects as maps and arrays as lists. One Jackson mapper, private to storage, so a change to how
 * the REST API writes JSON never changes what is stored. Null fields are left out of the item.
 */
public final class Items {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Items() {}

    public static EnhancedDocument toDocument(Object item) {
        return EnhancedDocument.fromJson(MAPPER.writeValueAsString(item));
    }

    /** The item in the form the low-level client's transactions and updates take. */
    public static Map<String, AttributeValue> toItem(Object item) {
        return toDocument(item).toMap();
    }

    /** One attribute value, e.g. a nested record for an update's {@code SET} expression. */
    public static AttributeValue toAttribute(Object value) {
        return EnhancedDocument.builder()
                .attributeConverterProviders(AttributeConverterProvider.defaultProvider())
                .putJson("value", MAPPER.writeValueAsString(value))
                .build()
                .toMap()
                .get("value");
    }

    public static <T> T fromDocument(EnhancedDocument document, Class<T> type) {
        return MAPPER.readValue(document.toJson(), type);
    }

    public static <T> T fromItem(Map<String, AttributeValue> item, Class<T> type) {
        return fromDocument(EnhancedDocument.fromAttributeValueMap(item), type);
    }
}
