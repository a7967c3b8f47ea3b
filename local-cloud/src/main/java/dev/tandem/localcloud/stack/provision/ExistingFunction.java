package dev.tandem.localcloud.stack.provision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.EnvironmentResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;

/**
 * A Lambda function that a deployment found already there, brought to the template's code and configuration as a
 * stack update would: {@code UpdateFunctionCode} when the deployment package's SHA-256 differs
 * (https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html), {@code UpdateFunctionConfiguration}
 * when the runtime, handler, role, memory, timeout or environment differ
 * (https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html). Lambda takes one update at
 * a time: each is waited for until the function's {@code LastUpdateStatus} is no longer {@code InProgress}
 * (https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html).
 */
final class ExistingFunction {

    /** Lambda's defaults, which a function gets back when the template leaves the setting out. */
    static final int DEFAULT_MEMORY_MB = 128;

    static final int DEFAULT_TIMEOUT_SECONDS = 3;

    /** The settings of a function that the template gives it and a deployment keeps in step. */
    record Settings(
            String runtime,
            String handler,
            String role,
            int memoryMb,
            int timeoutSeconds,
            Map<String, String> variables) {

        Settings {
            variables = Map.copyOf(variables);
        }
    }

    private final LambdaClient lambda;
    private final String name;
    private final GetFunctionConfigurationResponse current;

    ExistingFunction(LambdaClient lambda, String name) {
        this.lambda = lambda;
        this.name = name;
        this.current = lambda.getFunctionConfiguration(request -> request.functionName(name));
    }

    String arn() {
        return current.functionArn();
    }

    /** Updates what differs from {@code settings} and {@code code}; returns whether anything did. */
    boolean bringTo(Settings settings, byte[] code) {
        boolean codeDiffers = !sha256(code).equals(current.codeSha256());
        if (codeDiffers) {
            lambda.updateFunctionCode(request -> request.functionName(name).zipFile(SdkBytes.fromByteArray(code)));
            awaitUpdate();
        }
        boolean configurationDiffers = !settings.equals(currentSettings());
        if (configurationDiffers) {
            lambda.updateFunctionConfiguration(request -> request.functionName(name)
                    .runtime(settings.runtime())
                    .handler(settings.handler())
                    .role(settings.role())
                    .memorySize(settings.memoryMb())
                    .timeout(settings.timeoutSeconds())
                    .environment(environment -> environment.variables(settings.variables())));
            awaitUpdate();
        }
        return codeDiffers || configurationDiffers;
    }

    private Settings currentSettings() {
        EnvironmentResponse environment = current.environment();
        return new Settings(
                current.runtimeAsString(),
                current.handler(),
                current.role(),
                Objects.requireNonNullElse(current.memorySize(), DEFAULT_MEMORY_MB),
                Objects.requireNonNullElse(current.timeout(), DEFAULT_TIMEOUT_SECONDS),
                environment == null ? Map.of() : environment.variables());
    }

    private void awaitUpdate() {
        lambda.waiter().waitUntilFunctionUpdatedV2(request -> request.functionName(name));
    }

    /** What Lambda reports as {@code CodeSha256}: the package's SHA-256, in base64. */
    private static String sha256(byte[] code) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(code));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
