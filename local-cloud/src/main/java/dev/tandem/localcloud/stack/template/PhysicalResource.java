package dev.tandem.localcloud.stack.template;

import java.util.Map;

/**
 * What a created resource is known by: the value of {@code Ref} and of each {@code Fn::GetAtt}
 * attribute, as the template's other resources and stacks see them.
 */
public record Physical(String ref, Map<String, String> attributes) {

    public Physical {
        attributes = Map.copyOf(attributes);
    }

    /** A resource local-cloud does not create: it still answers {@code Ref} and {@code GetAtt}. */
    public static Physical notEmulated(Template.Resource resource) {
        return new Physical(resource.logicalId(), Map.of());
    }

    String attribute(String name, Template.Resource of) {
        String value = attributes.get(name);
        return value != null ? value : of.logicalId() + "." + name;
    }
}
