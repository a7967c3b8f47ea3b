package dev.tandem.localcloud.lambda.api;

import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A function created through the Lambda API, as the API reports it: its configuration, its state (Pending while
 * the first execution environment initialises, then Active, or Failed with the init error), and the versions and
 * aliases published for it. Versions and aliases are names only: they all run the one deployed code, which is
 * all a deployment from a template needs.
 */
final class ApiFunction {

    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final FunctionDefinition definition;
    private final String runtime;
    private final String role;
    private final List<String> architectures;
    private final long codeSize;
    private final String codeSha256;
    private final CompletableFuture<Duration> init;
    private final String lastModified = OffsetDateTime.now(ZoneOffset.UTC).format(LAST_MODIFIED);
    private final Map<String, String> aliases = new TreeMap<>();
    private int publishedVersions;

    ApiFunction(
            FunctionDefinition definition,
            String runtime,
            String role,
            List<String> architectures,
            long codeSize,
            String codeSha256,
            CompletableFuture<Duration> init) {
        this.definition = definition;
        this.runtime = runtime;
        this.role = role;
        this.architectures = List.copyOf(architectures);
        this.codeSize = codeSize;
        this.codeSha256 = codeSha256;
        this.init = init;
    }

    String name() {
        return definition.name();
    }

    String arn() {
        return definition.arn();
    }

    /**
     * Lambda publishes a new version only when the code or configuration changed since the last one, and otherwise
     * answers with that last version (https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html). A
     * function here never changes after it is created, so only the first call publishes.
     */
    synchronized String publishVersion() {
        publishedVersions = Math.max(publishedVersions, 1);
        return Integer.toString(publishedVersions);
    }

    synchronized boolean hasVersion(String version) {
        return version.equals("$LATEST") || isPublished(version);
    }

    synchronized void addAlias(String alias, String version) {
        if (!isPublished(version) && !version.equals("$LATEST")) {
            throw LambdaApiException.notFound("Function not found: " + arn() + ":" + version);
        }
        if (aliases.putIfAbsent(alias, version) != null) {
            throw LambdaApiException.conflict("Alias already exists: " + arn() + ":" + alias);
        }
    }

    /** The version {@code alias} points at, if the function has that alias. */
    synchronized Optional<String> alias(String alias) {
        return Optional.ofNullable(aliases.get(alias));
    }

    /** Points an existing alias at {@code version} ({@code UpdateAlias}). */
    synchronized void updateAlias(String alias, String version) {
        if (!aliases.containsKey(alias)) {
            throw LambdaApiException.notFound("Alias not found: " + arn() + ":" + alias);
        }
        if (!isPublished(version) && !version.equals("$LATEST")) {
            throw LambdaApiException.notFound("Function not found: " + arn() + ":" + version);
        }
        aliases.put(alias, version);
    }

    /** The version a qualifier ({@code $LATEST}, a version number or an alias name) stands for, if any. */
    synchronized Optional<String> resolve(String qualifier) {
        if (hasVersion(qualifier)) {
            return Optional.of(qualifier);
        }
        return Optional.ofNullable(aliases.get(qualifier));
    }

    /** {@code FunctionConfiguration} of {@code version}, with the function's current state. */
    ObjectNode configuration(String version) {
        ObjectNode configuration = JsonMapper.shared()
                .createObjectNode()
                .put("FunctionName", name())
                .put("FunctionArn", version.equals("$LATEST") ? arn() : arn() + ":" + version)
                .put("Runtime", runtime)
                .put("Role", role)
                .put("Handler", definition.handler())
                .put("CodeSize", codeSize)
                .put("CodeSha256", codeSha256)
                .put("Timeout", definition.timeout().toSeconds())
                .put("MemorySize", definition.memoryMb())
                .put("LastModified", lastModified)
                .put("Version", version)
                .put("PackageType", "Zip")
                .put("LastUpdateStatus", "Successful");
        ObjectNode variables = configuration.putObject("Environment").putObject("Variables");
        new TreeMap<>(definition.environment()).forEach(variables::put);
        architectures.forEach(configuration.putArray("Architectures")::add);
        putState(configuration);
        return configuration;
    }

    private void putState(ObjectNode configuration) {
        if (!init.isDone()) {
            configuration.put("State", "Pending").put("StateReasonCode", "Creating");
        } else if (init.isCompletedExceptionally()) {
            configuration
                    .put("State", "Failed")
                    .put("StateReasonCode", "InternalError")
                    .put("StateReason", initError());
        } else {
            configuration.put("State", "Active");
        }
    }

    private String initError() {
        try {
            init.join();
            return "";
        } catch (CompletionException e) {
            return String.valueOf(e.getCause().getMessage());
        }
    }

    private boolean isPublished(String version) {
        try {
            int number = Integer.parseInt(version);
            return number >= 1 && number <= publishedVersions;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** The execution role's ARN, as {@code CreateFunction} gave it; empty if it gave none. */
    String role() {
        return role;
    }
}
