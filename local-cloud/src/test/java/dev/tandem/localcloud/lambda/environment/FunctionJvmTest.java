package dev.tandem.localcloud.lambda.environment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionJvmTest {

    @TempDir
    Path directory;

    private FunctionJvm jvm;
    private final FunctionDefinition resizer = new FunctionDefinition(
            "image-resizer",
            "arn:aws:lambda:eu-west-1:000000000000:function:image-resizer",
            Path.of("/assets/image-resizer.jar"),
            "dev.tandem.functions.images.ImageResizerHandler::handleRequest",
            1024,
            Duration.ofSeconds(30),
            Map.of("BUCKET", "tandem-images", "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "from-template"));

    @BeforeEach
    void createJvm() {
        FunctionHostSettings settings = FunctionHostSettings.of(
                "eu-west-1", Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_ENDPOINT_URL", "http://127.0.0.1:9000"));
        jvm = new FunctionJvm(
                Path.of("/jdk/bin/java"), RuntimeInterfaceClient.unpackInto(directory), settings, directory);
    }

    @Test
    void givesTheHeap85PercentOfTheFunctionsMemory() {
        assertThat(FunctionJvm.heapMb(1024)).isEqualTo(870);
        assertThat(FunctionJvm.heapMb(128)).isEqualTo(108);
        assertThat(jvm.command(resizer)).contains("-Xmx870m", "-XX:+UseSerialGC");
    }

    @Test
    void runsTheRuntimeInterfaceClientWithTheHandlerAndTheFunctionsCodeFirst() {
        List<String> command = jvm.command(resizer);

        assertThat(command.getFirst()).isEqualTo("/jdk/bin/java");
        assertThat(command.subList(command.size() - 2, command.size()))
                .containsExactly(RuntimeInterfaceClient.MAIN_CLASS, resizer.handler());
        String classpath = command.get(command.indexOf("-cp") + 1);
        assertThat(classpath.split(File.pathSeparator)[0]).isEqualTo("/assets/image-resizer.jar");
        assertThat(classpath).contains("aws-lambda-java-runtime-interface-client", "aws-lambda-java-core");
        assertThat(command)
                .anyMatch(option -> option.startsWith("-Dcom.amazonaws.services.lambda.runtime.api"
                        + ".client.runtimeapi.NativeClient.JNI=" + directory));
    }

    @Test
    void buildsLambdasEnvironmentOnTopOfTheFunctionsAndTheHostsVariables() {
        Map<String, String> environment = jvm.environment(resizer, "127.0.0.1:41234");

        assertThat(environment)
                .containsEntry("BUCKET", "tandem-images")
                .containsEntry("AWS_ACCESS_KEY_ID", "local")
                .containsEntry("AWS_ENDPOINT_URL", "http://127.0.0.1:9000")
                .containsEntry("AWS_REGION", "eu-west-1")
                .containsEntry("AWS_DEFAULT_REGION", "eu-west-1")
                .containsEntry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:41234")
                .containsEntry("_HANDLER", resizer.handler())
                .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "image-resizer")
                .containsEntry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
                .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")
                .containsEntry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/image-resizer")
                .doesNotContainKey("HOME");
        assertThat(environment.get("AWS_LAMBDA_LOG_STREAM_NAME"))
                .matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
    }
}
