package dev.tandem.infra;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a template value (a string, or an intrinsic function over references) into the string it
 * would become in a deployment, with stand-in values for what only a deployment knows: pseudo
 * parameters get plausible values, a resource's reference becomes {@code ref-<LogicalId>} (without
 * CDK's hash suffix), an attribute {@code getatt-<LogicalId>-<Attribute>}, an import {@code
 * import-<ExportName>}.
 */
final class TemplateValues {

    static final String ACCOUNT = "123456789012";
    static final String STACK_NAME = "stack-name";

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private TemplateValues() {}

    @SuppressWarnings("unchecked")
    static String resolve(Object value, String region) {
        if (value instanceof String string) {
            return string;
        }
        if (!(value instanceof Map<?, ?> map) || map.size() != 1) {
            throw new IllegalArgumentException("not a template value: " + value);
        }
        Map.Entry<String, Object> function =
                ((Map<String, Object>) map).entrySet().iterator().next();
        Object argument = function.getValue();
        return switch (function.getKey()) {
            case "Ref" -> reference(argument.toString(), region);
            case "Fn::GetAtt" -> {
                List<Object> parts = (List<Object>) argument;
                yield "getatt-" + withoutHash(parts.get(0).toString()) + "-" + parts.get(1);
            }
            case "Fn::ImportValue" -> "import-" + resolve(argument, region);
            case "Fn::Join" -> {
                List<Object> parts = (List<Object>) argument;
                yield ((List<Object>) parts.get(1))
                        .stream()
                                .map(part -> resolve(part, region))
                                .collect(Collectors.joining(parts.get(0).toString()));
            }
            case "Fn::Sub" -> {
                Matcher variables = SUB_VARIABLE.matcher(argument.toString());
                yield variables.replaceAll(variable -> Matcher.quoteReplacement(reference(variable.group(1), region)));
            }
            default -> throw new IllegalArgumentException("unsupported intrinsic function " + function.getKey());
        };
    }

    private static String reference(String name, String region) {
        return switch (name) {
            case "AWS::Region" -> region;
            case "AWS::AccountId" -> ACCOUNT;
            case "AWS::StackName" -> STACK_NAME;
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            default -> "ref-" + withoutHash(name);
        };
    }

    /** CDK ends a logical id with eight hex digits of a hash of the construct's path. */
    private static String withoutHash(String logicalId) {
        return logicalId.replaceFirst("[0-9A-F]{8}$", "");
    }
}
