package dev.tandem.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Validates JSON against the schemas that shared-model ships, resolving their ids from the classpath. */
final class EventSchemas {

    private static final String ID_PREFIX = "https://tandem.dev/schemas/events/";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(
                    resolvers -> resolvers.mapPrefix(ID_PREFIX, "classpath:dev/tandem/events/schema/")));

    List<Error> validate(EventType type, JsonNode detail) {
        Schema schema = registry.getSchema(SchemaLocation.of(ID_PREFIX + type.detailType() + ".schema.json"));
        return schema.validate(detail);
    }

    /** The top-level fields the schema of {@code type} declares as required. */
    List<String> requiredFields(EventType type) {
        JsonNode schemaJson = new EventCodec().readTree(SampleEvents.resource(type.schemaResource()));
        return schemaJson.get("required").valueStream().map(JsonNode::asString).toList();
    }
}
