package dev.tandem.localcloud.stack.template;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Resolves CloudFormation's intrinsic functions in a template fragment to plain JSON, with the
 * local names, URLs and ARNs of the resources created so far: {@code Ref}, {@code Fn::GetAtt},
 * {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::Sub}, {@code
 * Fn::ImportValue}, {@code Fn::GetAZs}, {@code Fn::Base64} and the pseudo parameters. A function it
 * does not know is an error, never silently passed through.
 */
public final class Intrinsics {

    /** What the resolver looks names up in. */
    public interface Scope {
        Optional<PhysicalResource> resource(String stackName, String logicalId);

        Optional<Template.Resource> definition(String stackName, String logicalId);

        Optional<String> export(String name);

        Optional<JsonNode> parameterDefault(String stackName, String name);

        String region();

        String accountId();
    }

    static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]+)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Scope scope;

    public Intrinsics(Scope scope) {
        this.scope = scope;
    }

    /** Resolves {@code value} as it appears in stack {@code stackName}. */
    JsonNode resolve(String stackName, JsonNode value) {
        JsonNode resolved = resolveOrNoValue(stackName, value);
        return resolved == null ? NODES.missingNode() : resolved;
    }

    /** Resolves {@code value} to text; fails if it is not a scalar. */
    public String resolveText(String stackName, JsonNode value) {
        JsonNode resolved = resolve(stackName, value);
        if (!resolved.isValueNode()) {
            throw new UnresolvableException("expected text, got " + resolved);
        }
        return resolved.asString();
    }

    /** Returns null for {@code Ref: AWS::NoValue}, which removes the enclosing property. */
    private JsonNode resolveOrNoValue(String stack, JsonNode value) {
        if (value.isArray()) {
            ArrayNode array = NODES.arrayNode();
            value.values().forEach(element -> {
                JsonNode resolved = resolveOrNoValue(stack, element);
                if (resolved != null) {
                    array.add(resolved);
                }
            });
            return array;
        }
        if (!value.isObject()) {
            return value;
        }
        if (value.size() == 1) {
            String key = value.propertyNames().iterator().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return function(stack, key, value.get(key));
            }
        }
        ObjectNode object = NODES.objectNode();
        value.properties().forEach(entry -> {
            JsonNode resolved = resolveOrNoValue(stack, entry.getValue());
            if (resolved != null) {
                object.set(entry.getKey(), resolved);
            }
        });
        return object;
    }

    private JsonNode function(String stack, String name, JsonNode argument) {
        return switch (name) {
            case "Ref" -> ref(stack, argument.asString());
            case "Fn::GetAtt" -> text(getAtt(stack, argument));
            case "Fn::Join" -> text(join(stack, argument));
            case "Fn::Select" -> select(stack, argument);
            case "Fn::Split" -> split(stack, argument);
            case "Fn::Sub" -> text(sub(stack, argument));
            case "Fn::ImportValue" -> importValue(resolveText(stack, argument));
            case "Fn::GetAZs" ->
                NODES.arrayNode()
                        .add(scope.region() + "a")
                        .add(scope.region() + "b")
                        .add(scope.region() + "c");
            case "Fn::Base64" ->
                text(Base64.getEncoder()
                        .encodeToString(resolveText(stack, argument).getBytes(StandardCharsets.UTF_8)));
            default -> throw new UnresolvableException("intrinsic function " + name + " is not supported");
        };
    }

    private JsonNode ref(String stack, String name) {
        return switch (name) {
            case "AWS::NoValue" -> null;
            case "AWS::Region" -> text(scope.region());
            case "AWS::AccountId" -> text(scope.accountId());
            case "AWS::Partition" -> text("aws");
            case "AWS::URLSuffix" -> text("amazonaws.com");
            case "AWS::StackName" -> text(stack);
            case "AWS::StackId" ->
                text("arn:aws:cloudformation:" + scope.region() + ":" + scope.accountId() + ":stack/" + stack
                        + "/local");
            case "AWS::NotificationARNs" -> NODES.arrayNode();
            default ->
                scope.resource(stack, name)
                        .<JsonNode>map(physical -> text(physical.ref()))
                        .or(() -> scope.parameterDefault(stack, name))
                        .orElseThrow(() -> new UnresolvableException("Ref to " + stack + "/" + name
                                + ", which is neither a parameter nor a resource created before it"));
        };
    }

    private String getAtt(String stack, JsonNode argument) {
        String logicalId;
        String attribute;
        if (argument.isString()) {
            String[] parts = argument.asString().split("\\.", 2);
            logicalId = parts[0];
            attribute = parts[1];
        } else {
            logicalId = argument.get(0).asString();
            attribute = resolveText(stack, argument.get(1));
        }
        PhysicalResource physical = scope.resource(stack, logicalId)
                .orElseThrow(() -> new UnresolvableException(
                        "Fn::GetAtt of " + stack + "/" + logicalId + ", which is not created yet"));
        Template.Resource definition =
                scope.definition(stack, logicalId).orElseThrow(() -> new UnresolvableException(logicalId));
        return physical.attribute(attribute, definition);
    }

    private String join(String stack, JsonNode argument) {
        String delimiter = argument.get(0).asString();
        JsonNode values = resolve(stack, argument.get(1));
        StringBuilder joined = new StringBuilder();
        for (Iterator<JsonNode> it = values.values().iterator(); it.hasNext(); ) {
            joined.append(it.next().asString());
            if (it.hasNext()) {
                joined.append(delimiter);
            }
        }
        return joined.toString();
    }

    private JsonNode select(String stack, JsonNode argument) {
        int index = Integer.parseInt(resolveText(stack, argument.get(0)));
        JsonNode list = resolve(stack, argument.get(1));
        if (index < 0 || index >= list.size()) {
            throw new UnresolvableException("Fn::Select index " + index + " outside " + list);
        }
        return list.get(index);
    }

    private JsonNode split(String stack, JsonNode argument) {
        String delimiter = argument.get(0).asString();
        ArrayNode parts = NODES.arrayNode();
        for (String part : resolveText(stack, argument.get(1)).split(Pattern.quote(delimiter), -1)) {
            parts.add(part);
        }
        return parts;
    }

    private String sub(String stack, JsonNode argument) {
        String template = argument.isArray() ? argument.get(0).asString() : argument.asString();
        Map<String, JsonNode> variables = new HashMap<>();
        if (argument.isArray()) {
            argument.get(1).properties().forEach(e -> variables.put(e.getKey(), e.getValue()));
        }
        Matcher matcher = SUB_VARIABLE.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(2);
            String replacement;
            if (!matcher.group(1).isEmpty()) {
                replacement = "${" + name + "}";
            } else if (variables.containsKey(name)) {
                replacement = resolveText(stack, variables.get(name));
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                replacement = getAtt(stack, text(name));
            } else {
                replacement = ref(stack, name).asString();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private JsonNode importValue(String exportName) {
        return text(scope.export(exportName)
                .orElseThrow(() -> new UnresolvableException("Fn::ImportValue of unknown export " + exportName)));
    }

    private static JsonNode text(String value) {
        return StringNode.valueOf(value);
    }
}
