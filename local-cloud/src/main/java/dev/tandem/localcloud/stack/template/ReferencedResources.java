package dev.tandem.localcloud.stack.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;

/** Finds the resources a template fragment refers to, so that they can be created before it. */
public final class ReferencedResources {

    private ReferencedResources() {}

    /** Every resource {@code value} refers to in its own stack, for ordering creation. */
    public static List<String> logicalIds(JsonNode value) {
        List<String> ids = new ArrayList<>();
        collectReferences(value, ids);
        return ids;
    }

    private static void collectReferences(JsonNode value, List<String> into) {
        if (value.isObject() && value.size() == 1) {
            String key = value.propertyNames().iterator().next();
            JsonNode argument = value.get(key);
            switch (key) {
                case "Ref" -> into.add(argument.asString());
                case "Fn::GetAtt" ->
                    into.add(
                            argument.isString()
                                    ? argument.asString().split("\\.")[0]
                                    : argument.get(0).asString());
                case "Fn::Sub" -> {
                    Matcher matcher = Intrinsics.SUB_VARIABLE.matcher(
                            argument.isArray() ? argument.get(0).asString() : argument.asString());
                    while (matcher.find()) {
                        if (matcher.group(1).isEmpty()) {
                            into.add(matcher.group(2).split("\\.")[0]);
                        }
                    }
                }
                default -> {}
            }
        }
        value.values().forEach(child -> collectReferences(child, into));
    }
}
