package dev.tandem.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.functions.images.ImageResizerHandler;
import dev.tandem.functions.payments.PaymentProcessorHandler;
import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each deployment jar, run the way Lambda runs it: by AWS's Runtime Interface Client, in a JVM of its own (local-cloud's
 * function host), invocation after invocation. The runtime calls into classes that the jar holds too (the SDK's
 * utils-lite, which carries the X-Ray trace id), so a jar shrunk too far can answer an invocation and then crash the
 * runtime; one execution environment must serve them all.
 */
@ExtendWith(LocalAwsExtension.class)
class RuntimeInterfaceClientIT {

    private static final String EMPTY_BATCH = "{\"Records\":[]}";
    private static final int INVOCATIONS = 3;

    private static LocalAws aws;
    private static FunctionHost host;

    @BeforeAll
    static void start(LocalAws localAws) {
        aws = localAws;
        host = new FunctionHost(FunctionHostSettings.of(aws.settings().region().id(), aws.environment()));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void theImageResizerJarServesInvocationAfterInvocationInOneExecutionEnvironment() {
        servesInOneEnvironment(
                "image-resizer",
                ImageResizerHandler.class,
                Map.of("BUCKET_NAME", "jar-runtime-media", "EVENT_BUS_NAME", "jar-runtime-bus"));
    }

    @Test
    void thePaymentProcessorJarServesInvocationAfterInvocationInOneExecutionEnvironment() {
        servesInOneEnvironment(
                "payment-processor",
                PaymentProcessorHandler.class,
                Map.of("IDEMPOTENCY_TABLE_NAME", "jar-runtime-payments", "EVENT_BUS_NAME", "jar-runtime-bus"));
    }

    private static void servesInOneEnvironment(String name, Class<?> handler, Map<String, String> environment) {
        host.start(new FunctionDefinition(
                        name,
                        "arn:aws:lambda:" + aws.settings().region().id() + ":"
                                + aws.settings().accountId() + ":function:" + name,
                        Path.of("target", name + ".jar").toAbsolutePath(),
                        handler.getName() + "::handleRequest",
                        512,
                        Duration.ofSeconds(30),
                        environment))
                .join();

        for (int i = 0; i < INVOCATIONS; i++) {
            InvocationResult result = host.invoke(name, EMPTY_BATCH);
            assertThat(result)
                    .as("invocation %d of %s", i + 1, name)
                    .isInstanceOfSatisfying(InvocationResult.Success.class, success -> assertThat(success.payload())
                            .contains("batchItemFailures"));
        }
        assertThat(host.launches(name)).as("JVMs started for %s", name).isEqualTo(1);
    }
}
