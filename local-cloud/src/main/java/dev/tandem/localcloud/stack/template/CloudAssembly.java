package dev.tandem.localcloud.stack.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CDK cloud assembly ({@code cdk.out}) as {@code cdk synth} writes it: the stacks' templates, in
 * an order that deploys each after the stacks it depends on, and the file assets (such as Lambda
 * and service jars) by the S3 object key the templates name them with.
 */
public final class CloudAssembly {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final List<Template> stacks;
    private final Map<String, Path> fileAssetsByObjectKey;

    private CloudAssembly(Path directory, List<Template> stacks, Map<String, Path> fileAssetsByObjectKey) {
        this.directory = directory;
        this.stacks = List.copyOf(stacks);
        this.fileAssetsByObjectKey = Map.copyOf(fileAssetsByObjectKey);
    }

    /** Reads {@code manifest.json} in {@code directory} and every stack and asset manifest it lists. */
    public static CloudAssembly read(Path assemblyDirectory) {
        // Absolute: asset paths are handed to processes that run in other working directories.
        Path directory = assemblyDirectory.toAbsolutePath().normalize();
        JsonNode artifacts = readJson(directory.resolve("manifest.json")).path("artifacts");
        Map<String, JsonNode> stackArtifacts = new LinkedHashMap<>();
        Map<String, Path> assets = new HashMap<>();
        artifacts.properties().forEach(entry -> {
            JsonNode artifact = entry.getValue();
            switch (artifact.path("type").asString()) {
                case "aws:cloudformation:stack" -> stackArtifacts.put(entry.getKey(), artifact);
                case "cdk:asset-manifest" ->
                    readFileAssets(
                            directory,
                            directory.resolve(
                                    artifact.path("properties").path("file").asString()),
                            assets);
                default -> {
                    // Tree and nested-assembly artifacts describe nothing that runs.
                }
            }
        });
        List<Template> ordered = new ArrayList<>();
        stackArtifacts.keySet().forEach(name -> addInDependencyOrder(name, stackArtifacts, directory, ordered));
        return new CloudAssembly(directory, ordered, assets);
    }

    private static void addInDependencyOrder(
            String name, Map<String, JsonNode> stackArtifacts, Path directory, List<Template> ordered) {
        if (ordered.stream().anyMatch(t -> t.stackName().equals(name))) {
            return;
        }
        JsonNode artifact = stackArtifacts.get(name);
        artifact.path("dependencies")
                .valueStream()
                .map(JsonNode::asString)
                .filter(stackArtifacts::containsKey)
                .forEach(dependency -> addInDependencyOrder(dependency, stackArtifacts, directory, ordered));
        Path templateFile = directory.resolve(
                artifact.path("properties").path("templateFile").asString());
        ordered.add(Template.parse(name, readJson(templateFile)));
    }

    private static void readFileAssets(Path directory, Path assetManifest, Map<String, Path> into) {
        readJson(assetManifest).path("files").values().forEach(asset -> {
            Path source = directory.resolve(asset.path("source").path("path").asString());
            asset.path("destinations")
                    .values()
                    .forEach(destination ->
                            into.put(destination.path("objectKey").asString(), source));
        });
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Path directory() {
        return directory;
    }

    /** The stacks, each after the stacks it depends on. */
    public List<Template> stacks() {
        return stacks;
    }

    /** The local file of the asset that a template refers to by this S3 object key. */
    public Optional<Path> fileAsset(String objectKey) {
        return Optional.ofNullable(fileAssetsByObjectKey.get(objectKey));
    }
}
