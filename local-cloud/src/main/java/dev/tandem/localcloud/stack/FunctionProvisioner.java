package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.lambda.FunctionDefinition;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.SqsEventSourceDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;

/**
 * Lambda functions written in Java run on the local function host, each in its own JVM started
 * from its asset jar; versions and aliases resolve to their ARNs; SQS event source mappings poll
 * their queues. Functions in other languages (CDK's own custom-resource handlers, say) are
 * declined and reported as not emulated.
 */
final class FunctionProvisioner implements Provisioner {

    private static final int DEFAULT_MEMORY_MB = 128;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    private final CloudAssembly assembly;
    private final FunctionHost host;
    private final SqsClient sqs;
    private final String region;
    private final String accountId;
    private final Map<String, CompletableFuture<Duration>> started = new LinkedHashMap<>();

    FunctionProvisioner(CloudAssembly assembly, FunctionHost host, SqsClient sqs, String region, String accountId) {
        this.assembly = assembly;
        this.host = host;
        this.sqs = sqs;
        this.region = region;
        this.accountId = accountId;
    }

    @Override
    public Set<String> types() {
        return Set.of(
                "AWS::Lambda::Function",
                "AWS::Lambda::Version",
                "AWS::Lambda::Alias",
                "AWS::Lambda::EventSourceMapping");
    }

    @Override
    public Optional<Physical> create(Properties properties) {
        return switch (properties.resource().type()) {
            case "AWS::Lambda::Function" -> function(properties);
            case "AWS::Lambda::Version" -> Optional.of(version(properties));
            case "AWS::Lambda::Alias" -> Optional.of(alias(properties));
            default -> eventSourceMapping(properties);
        };
    }

    private Optional<Physical> function(Properties properties) {
        boolean java =
                properties.text("Runtime").filter(r -> r.startsWith("java")).isPresent();
        Optional<Path> jar = properties
                .json("Code")
                .map(code -> code.path("S3Key").asString())
                .flatMap(assembly::fileAsset);
        if (!java || jar.isEmpty()) {
            return Optional.empty();
        }
        String name =
                properties.text("FunctionName").orElseGet(() -> Names.generated(properties.resource(), 64, false));
        String arn = functionArn(name);
        Map<String, String> environment = new HashMap<>();
        properties.json("Environment").map(e -> e.path("Variables")).ifPresent(variables -> variables
                .properties()
                .forEach(v -> environment.put(v.getKey(), v.getValue().asString())));
        FunctionDefinition definition = new FunctionDefinition(
                name,
                arn,
                jar.get(),
                properties.requiredText("Handler"),
                properties.json("MemorySize").map(JsonNode::asInt).orElse(DEFAULT_MEMORY_MB),
                properties
                        .json("Timeout")
                        .map(t -> Duration.ofSeconds(t.asInt()))
                        .orElse(DEFAULT_TIMEOUT),
                environment,
                FunctionDefinition.LOCAL_SCALE_OUT);
        started.put(name, host.start(definition));
        return Optional.of(new Physical(name, Map.of("Arn", arn)));
    }

    private Physical version(Properties properties) {
        String function = functionName(properties.requiredText("FunctionName"));
        return new Physical(functionArn(function) + ":1", Map.of("Version", "1", "FunctionArn", functionArn(function)));
    }

    private Physical alias(Properties properties) {
        String function = functionName(properties.requiredText("FunctionName"));
        String aliasArn = functionArn(function) + ":" + properties.requiredText("Name");
        return new Physical(aliasArn, Map.of("AliasArn", aliasArn));
    }

    private Optional<Physical> eventSourceMapping(Properties properties) {
        String sourceArn = properties.requiredText("EventSourceArn");
        if (!sourceArn.startsWith("arn:aws:sqs:")) {
            return Optional.empty();
        }
        String function = functionName(properties.requiredText("FunctionName"));
        String queueName = sourceArn.substring(sourceArn.lastIndexOf(':') + 1);
        String queueUrl = sqs.getQueueUrl(b -> b.queueName(queueName)).queueUrl();
        boolean reportsFailures = properties
                .json("FunctionResponseTypes")
                .filter(types -> types.valueStream().anyMatch(t -> t.asString().equals("ReportBatchItemFailures")))
                .isPresent();
        host.addSqsEventSource(
                new SqsEventSourceDefinition(
                        function,
                        queueUrl,
                        sourceArn,
                        properties
                                .json("BatchSize")
                                .map(JsonNode::asInt)
                                .orElse(SqsEventSourceDefinition.DEFAULT_BATCH_SIZE),
                        Duration.ofSeconds(properties
                                .json("MaximumBatchingWindowInSeconds")
                                .map(JsonNode::asInt)
                                .orElse(0)),
                        properties
                                .json("ScalingConfig")
                                .map(s -> s.path("MaximumConcurrency")
                                        .asInt(SqsEventSourceDefinition.DEFAULT_MAXIMUM_CONCURRENCY))
                                .orElse(SqsEventSourceDefinition.DEFAULT_MAXIMUM_CONCURRENCY),
                        reportsFailures),
                sqs);
        return Optional.of(new Physical(function + "<-" + queueName, Map.of()));
    }

    /** The function's name from a name, a qualified name ({@code name:live}) or an ARN. */
    static String functionName(String reference) {
        String name = reference.startsWith("arn:")
                ? reference.split(":")[6]
                : reference.split(":")[0];
        return name;
    }

    private String functionArn(String name) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name;
    }

    /** The functions started so far, each with the future of its init time. */
    Map<String, CompletableFuture<Duration>> started() {
        return Map.copyOf(started);
    }
}
