package dev.tandem.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copy of the synthesized cloud assembly with grants taken out of its IAM policies, to show what a deployment
 * that lacks them meets: the same files CDK wrote, less one action on one resource.
 */
final class TemplateSurgery {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TemplateSurgery() {}

    /** Copies the cloud assembly in {@code source} into {@code target}, files only (assets included). */
    static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes {@code action} from every statement of the IAM policies of role {@code roleLogicalIdPrefix} whose
     * resource mentions {@code resourceMarker} (an exported name or a key prefix, e.g. {@code /renditions/*}); a
     * statement left without actions goes. Fails if nothing was removed, so a test cannot go on believing it took
     * a grant away that the template never had.
     */
    static void revoke(Path cloudAssembly, String roleLogicalIdPrefix, String action, String resourceMarker) {
        int removed = 0;
        try (Stream<Path> templates = Files.list(cloudAssembly)) {
            for (Path template : templates
                    .filter(file -> file.getFileName().toString().endsWith(".template.json"))
                    .toList()) {
                ObjectNode root = (ObjectNode) JSON.readTree(template.toFile());
                int here = revokeIn(root, roleLogicalIdPrefix, action, resourceMarker);
                if (here > 0) {
                    JSON.writeValue(template.toFile(), root);
                    removed += here;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (removed == 0) {
            throw new IllegalStateException("no statement of role " + roleLogicalIdPrefix + " grants " + action
                    + " on a resource like " + resourceMarker);
        }
    }

    private static int revokeIn(ObjectNode template, String rolePrefix, String action, String resourceMarker) {
        int removed = 0;
        for (JsonNode resource : template.path("Resources")) {
            if (!resource.path("Type").asString().equals("AWS::IAM::Policy") || !attachedTo(resource, rolePrefix)) {
                continue;
            }
            ArrayNode statements = (ArrayNode)
                    resource.path("Properties").path("PolicyDocument").path("Statement");
            List<Integer> emptied = new ArrayList<>();
            for (int index = 0; index < statements.size(); index++) {
                ObjectNode statement = (ObjectNode) statements.get(index);
                if (!JSON.writeValueAsString(statement.path("Resource")).contains(resourceMarker)) {
                    continue;
                }
                JsonNode actions = statement.path("Action");
                if (actions.isString() && actions.asString().equals(action)) {
                    emptied.add(index);
                    removed++;
                } else if (actions.isArray()) {
                    ArrayNode kept = JSON.createArrayNode();
                    actions.forEach(a -> {
                        if (!a.asString().equals(action)) {
                            kept.add(a);
                        }
                    });
                    if (kept.size() < actions.size()) {
                        removed++;
                        if (kept.isEmpty()) {
                            emptied.add(index);
                        } else {
                            statement.set("Action", kept);
                        }
                    }
                }
            }
            for (int i = emptied.size() - 1; i >= 0; i--) {
                statements.remove((int) emptied.get(i));
            }
        }
        return removed;
    }

    private static boolean attachedTo(JsonNode policy, String rolePrefix) {
        for (JsonNode role : policy.path("Properties").path("Roles")) {
            if (role.path("Ref").asString().startsWith(rolePrefix)) {
                return true;
            }
        }
        return false;
    }
}
