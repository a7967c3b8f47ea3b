package dev.tandem.localcloud.stack.template;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A resource's properties, resolved one at a time as a provisioner asks for them: a property that
 * local-cloud has no use for (an IAM role, a KMS key) is never resolved, so it cannot fail.
 */
public final class ResourceProperties {

    private final Template.Resource resource;
    private final Intrinsics intrinsics;

    public ResourceProperties(Template.Resource resource, Intrinsics intrinsics) {
        this.resource = resource;
        this.intrinsics = intrinsics;
    }

    public Template.Resource resource() {
        return resource;
    }

    /** The resolved property, or empty when the template leaves it out. */
    public Optional<JsonNode> json(String name) {
        JsonNode raw = resource.properties().get(name);
        if (raw == null) {
            return Optional.empty();
        }
        JsonNode resolved = intrinsics.resolve(resource.stackName(), raw);
        return resolved.isMissingNode() ? Optional.empty() : Optional.of(resolved);
    }

    public Optional<String> text(String name) {
        return json(name).map(JsonNode::asString);
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> new UnresolvableException(resource.path() + " has no property " + name));
    }

    /** Resolves any fragment of this resource's definition, e.g. a metadata entry. */
    public JsonNode resolve(JsonNode fragment) {
        return intrinsics.resolve(resource.stackName(), fragment);
    }
}
