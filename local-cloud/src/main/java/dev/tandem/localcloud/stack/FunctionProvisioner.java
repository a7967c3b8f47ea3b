package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.iam.PolicyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import tools.jackson.databind.JsonNode;

/**
 * Lambda functions created through the Lambda API of whatever the template is deployed into: an emulator that runs
 * each function in a container of its own (Floci, LocalStack), or local-cloud's own {@code LambdaApi}. The code is
 * the asset jar, uploaded inline; versions, aliases and SQS event source mappings are created as CloudFormation
 * would create them. Functions in other languages (CDK's custom-resource handlers) are declined.
 *
 * <p>Two things differ from the template on purpose. The emulator runs the function on this machine, so it gets
 * this machine's architecture rather than the template's Graviton {@code arm64}. The execution role is the template's
 * {@code Role}, which {@link IamProvisioner} resolved; it is recorded in the {@link PolicyStore} too, for local-cloud
 * to know whom the function's calls are from.
 */
final class FunctionProvisioner implements Provisioner {

    private final CloudAssembly assembly;
    private final LambdaClient lambda;
    private final PolicyStore policies;

    FunctionProvisioner(CloudAssembly assembly, LambdaClient lambda, PolicyStore policies) {
        this.assembly = assembly;
        this.lambda = lambda;
        this.policies = policies;
    }

    static String functionName(Properties properties) {
        return properties.text("FunctionName").orElseGet(() -> Names.generated(properties.resource(), 64, false));
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
        Optional<String> runtime = properties.text("Runtime").filter(r -> r.startsWith("java"));
        Optional<Path> jar = properties
                .json("Code")
                .map(code -> code.path("S3Key").asString())
                .flatMap(assembly::fileAsset)
                .filter(Files::isRegularFile);
        if (runtime.isEmpty() || jar.isEmpty()) {
            return Optional.empty();
        }
        String name = functionName(properties);
        Map<String, String> variables = new TreeMap<>();
        properties.json("Environment").map(e -> e.path("Variables")).ifPresent(v -> v.properties()
                .forEach(variable ->
                        variables.put(variable.getKey(), variable.getValue().asString())));
        String role = properties.requiredText("Role");
        String arn = lambda.createFunction(request -> {
                    request.functionName(name)
                            .runtime(runtime.get())
                            .handler(properties.requiredText("Handler"))
                            .role(role)
                            .code(code -> code.zipFile(SdkBytes.fromByteArray(read(jar.get()))))
                            .architectures(hostArchitecture())
                            .environment(environment -> environment.variables(variables));
                    properties.json("MemorySize").map(JsonNode::asInt).ifPresent(request::memorySize);
                    properties.json("Timeout").map(JsonNode::asInt).ifPresent(request::timeout);
                })
                .functionArn();
        // Versions, aliases and mappings need the function Active, as on AWS; the first init happens here.
        lambda.waiter().waitUntilFunctionActiveV2(request -> request.functionName(name));
        policies.assignFunctionRole(name, role);
        return Optional.of(new Physical(name, Map.of("Arn", arn)));
    }

    private Physical version(Properties properties) {
        var published = lambda.publishVersion(request -> request.functionName(properties.requiredText("FunctionName")));
        return new Physical(
                published.functionArn(),
                Map.of("Version", published.version(), "FunctionArn", published.functionArn()));
    }

    private Physical alias(Properties properties) {
        var alias = lambda.createAlias(request -> request.functionName(properties.requiredText("FunctionName"))
                .name(properties.requiredText("Name"))
                .functionVersion(properties.requiredText("FunctionVersion")));
        return new Physical(alias.aliasArn(), Map.of("AliasArn", alias.aliasArn()));
    }

    private Optional<Physical> eventSourceMapping(Properties properties) {
        String sourceArn = properties.requiredText("EventSourceArn");
        if (!sourceArn.startsWith("arn:aws:sqs:")) {
            return Optional.empty();
        }
        String uuid = lambda.createEventSourceMapping(request -> {
                    request.functionName(properties.requiredText("FunctionName"))
                            .eventSourceArn(sourceArn)
                            .enabled(true);
                    properties.json("BatchSize").map(JsonNode::asInt).ifPresent(request::batchSize);
                    properties
                            .json("MaximumBatchingWindowInSeconds")
                            .map(JsonNode::asInt)
                            .ifPresent(request::maximumBatchingWindowInSeconds);
                    properties
                            .json("FunctionResponseTypes")
                            .map(types -> types.valueStream()
                                    .map(type -> FunctionResponseType.fromValue(type.asString()))
                                    .toList())
                            .ifPresent(request::functionResponseTypes);
                    properties
                            .json("ScalingConfig")
                            .map(scaling -> scaling.path("MaximumConcurrency"))
                            .filter(JsonNode::isNumber)
                            .ifPresent(maximum -> request.scalingConfig(s -> s.maximumConcurrency(maximum.asInt())));
                })
                .uuid();
        return Optional.of(new Physical(uuid, Map.of()));
    }

    private static Architecture hostArchitecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("aarch64") || arch.equals("arm64") ? Architecture.ARM64 : Architecture.X86_64;
    }

    private static byte[] read(Path jar) {
        try {
            return Files.readAllBytes(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read function code " + jar, e);
        }
    }
}
