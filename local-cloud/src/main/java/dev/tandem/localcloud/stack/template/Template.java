package dev.tandem.localcloud.stack.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** One stack's CloudFormation template: its resources, parameters and outputs, as raw JSON. */
public record Template(
        String stackName,
        Map<String, Resource> resources,
        Map<String, JsonNode> parameters,
        Map<String, JsonNode> outputs) {

    /**
     * One resource of a template.
     *
     * @param properties its {@code Properties}, unresolved: intrinsic functions and all
     */
    public record Resource(
            String stackName,
            String logicalId,
            String type,
            JsonNode properties,
            JsonNode metadata,
            List<String> dependsOn) {

        /** A name for log lines, e.g. {@code sandbox-tandem-data/MediaA721A567}. */
        public String path() {
            return stackName + "/" + logicalId;
        }
    }

    public static Template parse(String stackName, JsonNode json) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        json.path("Resources").properties().forEach(entry -> {
            JsonNode resource = entry.getValue();
            resources.put(
                    entry.getKey(),
                    new Resource(
                            stackName,
                            entry.getKey(),
                            resource.path("Type").asString(),
                            orEmpty(resource.get("Properties")),
                            orEmpty(resource.get("Metadata")),
                            dependsOn(resource.path("DependsOn"))));
        });
        return new Template(stackName, resources, fields(json.path("Parameters")), fields(json.path("Outputs")));
    }

    private static List<String> dependsOn(JsonNode dependsOn) {
        if (dependsOn.isString()) {
            return List.of(dependsOn.asString());
        }
        return dependsOn.valueStream().map(JsonNode::asString).toList();
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
        return fields;
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null ? MissingNode.getInstance() : node;
    }
}
