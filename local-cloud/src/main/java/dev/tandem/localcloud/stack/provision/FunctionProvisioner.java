package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import dev.tandem.localcloud.stack.template.Names;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import tools.jackson.databind.JsonNode;

/**
 * Lambda functions created through the Lambda API of whatever the template is deployed into: an emulator that runs
 * each function in a container of its own (Floci, LocalStack), or local-cloud's own {@code LambdaApi}. The code is
 * the asset jar, uploaded inline; versions, aliases and SQS event source mappings are created as CloudFormation
 * would create them. Functions in other languages (CDK's custom-resource handlers) are declined. Deployed again, a
 * function, alias or mapping that exists already is updated where it differs from the template, as a stack update
 * would (the function by {@link ExistingFunction}).
 *
 * <p>Two things differ from the template on purpose. The emulator runs the function on this machine, so it gets
 * this machine's architecture rather than the template's Graviton {@code arm64}. The execution role is the template's
 * {@code Role}, which {@link IamProvisioner} resolved; it is recorded in the {@link PolicyStore} too, for local-cloud
 * to know whom the function's calls are from.
 */
public final class FunctionProvisioner implements Provisioner {

    private final CloudAssembly assembly;
    private final LambdaClient lambda;
    private final PolicyStore policies;
    private final Map<String, Provisioned.Outcome> outcomes = new HashMap<>();

    public FunctionProvisioner(CloudAssembly assembly, LambdaClient lambda, PolicyStore policies) {
        this.assembly = assembly;
        this.lambda = lambda;
        this.policies = policies;
    }

    static String functionName(ResourceProperties properties) {
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
    public Optional<Provisioned> create(ResourceProperties properties) {
        return switch (properties.resource().type()) {
            case "AWS::Lambda::Function" -> function(properties);
            case "AWS::Lambda::Version" -> Optional.of(version(properties));
            case "AWS::Lambda::Alias" -> Optional.of(alias(properties));
            default -> eventSourceMapping(properties);
        };
    }

    private Optional<Provisioned> function(ResourceProperties properties) {
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
        ExistingFunction.Settings settings = new ExistingFunction.Settings(
                runtime.get(),
                properties.requiredText("Handler"),
                properties.requiredText("Role"),
                properties.json("MemorySize").map(JsonNode::asInt).orElse(ExistingFunction.DEFAULT_MEMORY_MB),
                properties.json("Timeout").map(JsonNode::asInt).orElse(ExistingFunction.DEFAULT_TIMEOUT_SECONDS),
                variables);
        byte[] code = read(jar.get());
        Provisioned provisioned;
        try {
            String arn = lambda.createFunction(request -> request.functionName(name)
                            .runtime(settings.runtime())
                            .handler(settings.handler())
                            .role(settings.role())
                            .code(zip -> zip.zipFile(SdkBytes.fromByteArray(code)))
                            .architectures(hostArchitecture())
                            .environment(environment -> environment.variables(variables))
                            .memorySize(settings.memoryMb())
                            .timeout(settings.timeoutSeconds()))
                    .functionArn();
            // Versions, aliases and mappings need the function Active, as on AWS; the first init happens here.
            lambda.waiter().waitUntilFunctionActiveV2(request -> request.functionName(name));
            provisioned = Provisioned.created(new PhysicalResource(name, Map.of("Arn", arn)));
        } catch (ResourceConflictException exists) {
            // https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html: the function is there.
            ExistingFunction function = new ExistingFunction(lambda, name);
            boolean changed = function.bringTo(settings, code);
            provisioned = Provisioned.existing(new PhysicalResource(name, Map.of("Arn", function.arn())), changed);
        }
        outcomes.put(name, provisioned.outcome());
        policies.assignFunctionRole(name, settings.role());
        return Optional.of(provisioned);
    }

    /**
     * {@code PublishVersion} publishes nothing new when neither code nor configuration changed since the last version
     * (https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html): the version of a function that was
     * found as the template has it is that last version, reused.
     */
    private Provisioned version(ResourceProperties properties) {
        String function = properties.requiredText("FunctionName");
        var published = lambda.publishVersion(request -> request.functionName(function));
        PhysicalResource physical = new PhysicalResource(
                published.functionArn(),
                Map.of("Version", published.version(), "FunctionArn", published.functionArn()));
        return outcomes.get(nameOf(function)) == Provisioned.Outcome.REUSED
                ? Provisioned.existing(physical, false)
                : Provisioned.created(physical);
    }

    /** An alias that exists already is pointed at the template's version ({@code UpdateAlias}) if it points elsewhere. */
    private Provisioned alias(ResourceProperties properties) {
        String function = properties.requiredText("FunctionName");
        String name = properties.requiredText("Name");
        String version = properties.requiredText("FunctionVersion");
        try {
            var alias = lambda.createAlias(
                    request -> request.functionName(function).name(name).functionVersion(version));
            return Provisioned.created(new PhysicalResource(alias.aliasArn(), Map.of("AliasArn", alias.aliasArn())));
        } catch (ResourceConflictException exists) {
            // https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html,
            // https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html
            var alias =
                    lambda.getAlias(request -> request.functionName(function).name(name));
            boolean changed = !alias.functionVersion().equals(version);
            if (changed) {
                lambda.updateAlias(
                        request -> request.functionName(function).name(name).functionVersion(version));
            }
            return Provisioned.existing(
                    new PhysicalResource(alias.aliasArn(), Map.of("AliasArn", alias.aliasArn())), changed);
        }
    }

    /**
     * An SQS mapping, or the one that exists already for the same function and queue with the template's settings
     * ({@code UpdateEventSourceMapping}) where they differ. Looked for first with {@code ListEventSourceMappings}
     * rather than after Lambda's {@code ResourceConflictException}, so that an emulator that does not refuse a
     * second mapping of the same pair (as Lambda does,
     * https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html) does not get one.
     */
    private Optional<Provisioned> eventSourceMapping(ResourceProperties properties) {
        String sourceArn = properties.requiredText("EventSourceArn");
        if (!sourceArn.startsWith("arn:aws:sqs:")) {
            return Optional.empty();
        }
        String function = properties.requiredText("FunctionName");
        SqsMappingSettings settings = SqsMappingSettings.of(properties);
        Optional<EventSourceMappingConfiguration> existing = lambda
                .listEventSourceMappings(
                        request -> request.functionName(function).eventSourceArn(sourceArn))
                .eventSourceMappings()
                .stream()
                .findFirst();
        if (existing.isEmpty()) {
            String uuid = lambda.createEventSourceMapping(request -> {
                        request.functionName(function).eventSourceArn(sourceArn);
                        settings.applyTo(request);
                    })
                    .uuid();
            return Optional.of(Provisioned.created(new PhysicalResource(uuid, Map.of())));
        }
        String uuid = existing.get().uuid();
        boolean changed = settings.differFrom(existing.get());
        if (changed) {
            lambda.updateEventSourceMapping(request -> {
                request.uuid(uuid).functionName(function);
                settings.applyTo(request);
            });
        }
        return Optional.of(Provisioned.existing(new PhysicalResource(uuid, Map.of()), changed));
    }

    /** The function's name from a name, an ARN, or a qualified ARN, as the template refers to it. */
    private static String nameOf(String function) {
        if (!function.startsWith("arn:")) {
            return function;
        }
        String[] parts = function.split(":");
        return parts[6];
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
