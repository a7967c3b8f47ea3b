package dev.tandem.localcloud.stack.template;

import java.util.Map;

/**
 * What a created resource is known by: the value of {@code Ref} and of each {@code Fn::GetAtt}
 * attribute, as the template's other resources and stacks see them.
 */
public record PhysicalResource(String ref, Map<String, String> attributes) {

    public PhysicalResource {
        attributes = Map.copyOf(attributes);
    }

    /** A resource local-cloud does not create: it still answers {@code Ref} and {@code GetAtt}. */
    public static PhysicalResource notEmulated(Template.Resource resource) {
        return new PhysicalResource(resource.logicalId(), Map.of());
    }

    String attribute(String name, Template.Resource of) {
        String value = attributes.get(name);
        return value != null ? value : of.logicalId() + "." + name;
    }
}
