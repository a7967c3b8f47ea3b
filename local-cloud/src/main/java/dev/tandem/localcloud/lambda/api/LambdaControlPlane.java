package dev.tandem.localcloud.lambda.api;

import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import dev.tandem.localcloud.lambda.eventsource.SqsEventSourceDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Lambda API's operations over a {@link FunctionHost}: {@code CreateFunction} deploys a zip (a jar) on the host,
 * {@code CreateEventSourceMapping} starts polling an SQS queue, and the rest report what exists. Java runtimes only,
 * code uploaded inline ({@code ZipFile}) only: that is what deploying a Java app from a cloud assembly sends.
 */
final class LambdaControlPlane {

    private static final int DEFAULT_MEMORY_MB = 128;
    private static final int DEFAULT_TIMEOUT_SECONDS = 3;

    private final FunctionHost host;
    private final ExecutionRoles roles;
    private final String region;
    private final String accountId;
    private final Path codeDirectory;
    private final Map<String, ApiFunction> functions = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> mappings = new ConcurrentHashMap<>();

    LambdaControlPlane(FunctionHost host, ExecutionRoles roles, String region, String accountId, Path codeDirectory) {
        this.host = host;
        this.roles = roles;
        this.region = region;
        this.accountId = accountId;
        this.codeDirectory = codeDirectory;
    }

    JsonNode createFunction(JsonNode request) {
        String name = FunctionReference.parse(required(request, "FunctionName")).name();
        String runtime = required(request, "Runtime");
        if (!runtime.startsWith("java")) {
            throw LambdaApiException.invalidParameter(
                    "local-cloud runs Java functions only; runtime " + runtime + " is not one");
        }
        String zipFile = request.path("Code").path("ZipFile").asString("");
        if (zipFile.isEmpty()) {
            throw LambdaApiException.invalidParameter(
                    "local-cloud takes a function's code inline (Code.ZipFile); S3 and image code are not supported");
        }
        byte[] code = Base64.getDecoder().decode(zipFile);
        synchronized (functions) {
            if (functions.containsKey(name)) {
                throw LambdaApiException.conflict("Function already exist: " + name);
            }
            String role = request.path("Role").asString("");
            FunctionDefinition definition;
            try {
                definition = new FunctionDefinition(
                        name,
                        "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name,
                        writeCode(name, code),
                        required(request, "Handler"),
                        request.path("MemorySize").asInt(DEFAULT_MEMORY_MB),
                        Duration.ofSeconds(request.path("Timeout").asInt(DEFAULT_TIMEOUT_SECONDS)),
                        variables(request.path("Environment").path("Variables")),
                        FunctionDefinition.LOCAL_SCALE_OUT,
                        role.isEmpty() ? Map.of() : roles.credentials(role, name));
            } catch (IllegalArgumentException e) {
                throw LambdaApiException.invalidParameter(e.getMessage());
            }
            ApiFunction function = new ApiFunction(
                    definition,
                    runtime,
                    role,
                    request.path("Architectures")
                            .valueStream()
                            .map(JsonNode::asString)
                            .toList(),
                    code.length,
                    sha256(code),
                    host.start(definition));
            functions.put(name, function);
            String version = request.path("Publish").asBoolean(false) ? function.publishVersion() : "$LATEST";
            return function.configuration(version);
        }
    }

    /**
     * {@code ListFunctions}: each function's {@code $LATEST} configuration, by name, {@code maxItems} at a time
     * (https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctions.html). The marker is where the next page
     * starts; clients treat it as opaque.
     */
    JsonNode listFunctions(Optional<String> marker, int maxItems) {
        if (maxItems < 1 || maxItems > 10_000) {
            throw LambdaApiException.invalidParameter("MaxItems must be between 1 and 10000");
        }
        List<ApiFunction> all = new TreeMap<>(functions).values().stream().toList();
        int from = marker.map(LambdaControlPlane::markerIndex).orElse(0);
        int to = (int) Math.min((long) from + maxItems, all.size());
        ObjectNode response = JsonMapper.shared().createObjectNode();
        ArrayNode listed = response.putArray("Functions");
        all.subList(Math.min(from, all.size()), to).forEach(function -> listed.add(function.configuration("$LATEST")));
        if (to < all.size()) {
            response.put("NextMarker", Integer.toString(to));
        }
        return response;
    }

    private static int markerIndex(String marker) {
        try {
            int index = Integer.parseInt(marker);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a negative index
        }
        throw LambdaApiException.invalidParameter("The marker " + marker + " is not valid");
    }

    JsonNode getFunction(String reference) {
        ObjectNode response = JsonMapper.shared().createObjectNode();
        response.set("Configuration", getFunctionConfiguration(reference));
        response.putObject("Code").put("RepositoryType", "S3");
        return response;
    }

    JsonNode getFunctionConfiguration(String reference) {
        FunctionReference parsed = FunctionReference.parse(reference);
        ApiFunction function = function(parsed.name());
        return function.configuration(version(function, parsed.qualifier()));
    }

    JsonNode publishVersion(String reference) {
        ApiFunction function = function(FunctionReference.parse(reference).name());
        return function.configuration(function.publishVersion());
    }

    JsonNode createAlias(String reference, JsonNode request) {
        ApiFunction function = function(FunctionReference.parse(reference).name());
        String alias = required(request, "Name");
        String version = required(request, "FunctionVersion");
        function.addAlias(alias, version);
        return alias(function, alias, version);
    }

    /** {@code GetAlias} (https://docs.aws.amazon.com/lambda/latest/api/API_GetAlias.html). */
    JsonNode getAlias(String reference, String alias) {
        ApiFunction function = function(FunctionReference.parse(reference).name());
        String version = function.alias(alias)
                .orElseThrow(() -> LambdaApiException.notFound("Alias not found: " + function.arn() + ":" + alias));
        return alias(function, alias, version);
    }

    /** {@code UpdateAlias} (https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html), its version only. */
    JsonNode updateAlias(String reference, String alias, JsonNode request) {
        ApiFunction function = function(FunctionReference.parse(reference).name());
        String version = request.path("FunctionVersion").asString("");
        if (!version.isBlank()) {
            function.updateAlias(alias, version);
        }
        return getAlias(reference, alias);
    }

    private static JsonNode alias(ApiFunction function, String alias, String version) {
        return JsonMapper.shared()
                .createObjectNode()
                .put("AliasArn", function.arn() + ":" + alias)
                .put("Name", alias)
                .put("FunctionVersion", version)
                .put("RevisionId", UUID.randomUUID().toString());
    }

    JsonNode createEventSourceMapping(JsonNode request) {
        FunctionReference reference = FunctionReference.parse(required(request, "FunctionName"));
        ApiFunction function = function(reference.name());
        version(function, reference.qualifier());
        String queueArn = required(request, "EventSourceArn");
        if (!queueArn.startsWith("arn:aws:sqs:")) {
            throw LambdaApiException.invalidParameter("local-cloud maps SQS queues to functions, not " + queueArn);
        }
        // Lambda refuses a second mapping of one queue to one function
        // (https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html).
        mappings.values().stream()
                .filter(existing -> existing.path("EventSourceArn").asString().equals(queueArn))
                .filter(existing -> mappedFunction(existing).equals(function.name()))
                .findFirst()
                .ifPresent(existing -> {
                    throw LambdaApiException.conflict("The event source arn (" + queueArn + ") and function ("
                            + function.name() + ") provided mapping already exists. Please update or delete the"
                            + " existing mapping with UUID "
                            + existing.path("UUID").asString());
                });
        String queueName = queueArn.substring(queueArn.lastIndexOf(':') + 1);
        boolean reportsFailures = request.path("FunctionResponseTypes")
                .valueStream()
                .anyMatch(type -> type.asString().equals("ReportBatchItemFailures"));
        // Lambda polls the queue with the function's execution role.
        SqsClient sqs = function.role().isEmpty() ? roles.sqs("") : roles.sqs(function.role());
        SqsEventSourceDefinition mapping;
        try {
            mapping = new SqsEventSourceDefinition(
                    function.name(),
                    sqs.getQueueUrl(r -> r.queueName(queueName)).queueUrl(),
                    queueArn,
                    request.path("BatchSize").asInt(SqsEventSourceDefinition.DEFAULT_BATCH_SIZE),
                    Duration.ofSeconds(
                            request.path("MaximumBatchingWindowInSeconds").asInt(0)),
                    request.path("ScalingConfig")
                            .path("MaximumConcurrency")
                            .asInt(SqsEventSourceDefinition.DEFAULT_MAXIMUM_CONCURRENCY),
                    reportsFailures);
            host.addSqsEventSource(mapping, sqs);
        } catch (QueueDoesNotExistException e) {
            throw LambdaApiException.invalidParameter("Queue does not exist: " + queueArn);
        } catch (IllegalArgumentException e) {
            throw LambdaApiException.invalidParameter(e.getMessage());
        }
        ObjectNode description = JsonMapper.shared()
                .createObjectNode()
                .put("UUID", UUID.randomUUID().toString())
                .put("EventSourceArn", queueArn)
                .put(
                        "FunctionArn",
                        reference.qualifier().map(q -> function.arn() + ":" + q).orElse(function.arn()))
                .put("BatchSize", mapping.batchSize())
                .put(
                        "MaximumBatchingWindowInSeconds",
                        mapping.maximumBatchingWindow().toSeconds())
                .put("State", "Enabled")
                .put("StateTransitionReason", "USER_INITIATED");
        if (reportsFailures) {
            description.putArray("FunctionResponseTypes").add("ReportBatchItemFailures");
        }
        description.putObject("ScalingConfig").put("MaximumConcurrency", mapping.maximumConcurrency());
        mappings.put(description.path("UUID").asString(), description);
        return description;
    }

    /**
     * {@code ListEventSourceMappings} (https://docs.aws.amazon.com/lambda/latest/api/API_ListEventSourceMappings.html),
     * filtered by function (a name or an ARN, qualified or not) and by queue ARN, each when given; all on one page.
     */
    JsonNode listEventSourceMappings(Optional<String> functionName, Optional<String> eventSourceArn) {
        Optional<String> name = functionName.map(f -> FunctionReference.parse(f).name());
        ObjectNode response = JsonMapper.shared().createObjectNode();
        ArrayNode listed = response.putArray("EventSourceMappings");
        mappings.values().stream()
                .filter(mapping -> name.map(mappedFunction(mapping)::equals).orElse(true))
                .filter(mapping -> eventSourceArn
                        .map(mapping.path("EventSourceArn").asString()::equals)
                        .orElse(true))
                .forEach(listed::add);
        return response;
    }

    private static String mappedFunction(JsonNode mapping) {
        return FunctionReference.parse(mapping.path("FunctionArn").asString()).name();
    }

    JsonNode getEventSourceMapping(String uuid) {
        return Optional.ofNullable(mappings.get(uuid))
                .orElseThrow(() -> LambdaApiException.notFound("The resource you requested does not exist."));
    }

    /** The host's name for the function a reference points at, once the reference's qualifier checks out. */
    String invocable(String reference) {
        FunctionReference parsed = FunctionReference.parse(reference);
        ApiFunction function = function(parsed.name());
        version(function, parsed.qualifier());
        return function.name();
    }

    private ApiFunction function(String name) {
        ApiFunction function = functions.get(name);
        if (function == null) {
            throw LambdaApiException.notFound(
                    "Function not found: arn:aws:lambda:" + region + ":" + accountId + ":function:" + name);
        }
        return function;
    }

    private static String version(ApiFunction function, Optional<String> qualifier) {
        return qualifier
                .map(q -> function.resolve(q)
                        .orElseThrow(
                                () -> LambdaApiException.notFound("Function not found: " + function.arn() + ":" + q)))
                .orElse("$LATEST");
    }

    private Path writeCode(String name, byte[] code) {
        try {
            return Files.write(codeDirectory.resolve(name + ".jar"), code);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the code of function " + name, e);
        }
    }

    /** What Lambda reports as {@code CodeSha256}: the deployment package's SHA-256, in base64. */
    private static String sha256(byte[] code) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(code));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Map<String, String> variables(JsonNode variables) {
        Map<String, String> environment = new TreeMap<>();
        variables
                .properties()
                .forEach(v -> environment.put(v.getKey(), v.getValue().asString()));
        return environment;
    }

    private static String required(JsonNode request, String field) {
        String value = request.path(field).asString("");
        if (value.isBlank()) {
            throw LambdaApiException.invalidParameter(field + " is required");
        }
        return value;
    }
}
