package dev.tandem.localcloud.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.TestFunctionJar;
import dev.tandem.localcloud.lambda.TestQueues;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.testfunctions.EchoHandler;
import dev.tandem.localcloud.lambda.testfunctions.FailingConstructorHandler;
import dev.tandem.localcloud.lambda.testfunctions.PoisonRecordHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.sqs.SqsClient;

/** local-cloud's Lambda API, driven by the AWS SDK's own {@code LambdaClient}, as a deployment tool would drive it. */
@ExtendWith(LocalAwsExtension.class)
class LambdaApiIT {

    @TempDir
    static Path directory;

    private static SdkBytes code;
    private static SqsClient sqs;
    private static TestQueues queues;
    private static FunctionHost host;
    private static LambdaApi api;
    private static LambdaClient lambda;

    @BeforeAll
    static void start(LocalAws aws, SqsClient sqsClient) throws IOException {
        code = SdkBytes.fromByteArray(Files.readAllBytes(TestFunctionJar.buildIn(directory)));
        sqs = sqsClient;
        queues = new TestQueues(sqs);
        host = new FunctionHost(FunctionHostSettings.of(aws.settings().region().id(), aws.environment()));
        api = LambdaApi.start(
                host, sqs, aws.settings().region().id(), aws.settings().accountId());
        lambda = LambdaClient.builder()
                .region(aws.settings().region())
                .credentialsProvider(
                        StaticCredentialsProvider.create(aws.settings().credentials()))
                .endpointOverride(api.endpoint())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterAll
    static void stop() {
        lambda.close();
        api.close();
        host.close();
    }

    @Test
    void createsAFunctionFromItsJarThatBecomesActiveAndAnswersInvocations() {
        var created = lambda.createFunction(function("echo", EchoHandler.class, Map.of("GREETING", "hello")));
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:echo");

        var active = lambda.waiter()
                .waitUntilFunctionActiveV2(r -> r.functionName("echo"))
                .matched()
                .response()
                .orElseThrow();
        assertThat(active.configuration().state()).isEqualTo(State.ACTIVE);
        assertThat(active.configuration().environment().variables()).containsEntry("GREETING", "hello");

        InvokeResponse answer = lambda.invoke(r -> r.functionName("echo").payload(SdkBytes.fromUtf8String("""
                {"ping":"pong"}""")));
        assertThat(answer.functionError()).isNull();
        assertThat(answer.payload().asUtf8String())
                .contains("\"ping\":\"pong\"")
                .contains("\"greeting\":\"hello\"")
                .contains("\"memoryLimitMb\":256");
    }

    @Test
    void listsFunctionsByNameAPageAtATime() {
        lambda.createFunction(function("listed-b", EchoHandler.class, Map.of()));
        lambda.createFunction(function("listed-a", EchoHandler.class, Map.of()));

        var first = lambda.listFunctions(r -> r.maxItems(1));
        var all = lambda.listFunctionsPaginator(r -> r.maxItems(1)).functions().stream()
                .map(FunctionConfiguration::functionName)
                .toList();

        assertThat(first.functions()).hasSize(1);
        assertThat(first.nextMarker()).isNotNull();
        assertThat(all).contains("listed-a", "listed-b").isSorted();
        assertThat(all.indexOf("listed-b") - all.indexOf("listed-a")).isEqualTo(1);
    }

    @Test
    void reportsAHandlerErrorAsAFunctionErrorOfTheInvocation() {
        lambda.createFunction(function("echo-failing", EchoHandler.class, Map.of()));
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("echo-failing"));

        InvokeResponse answer =
                lambda.invoke(r -> r.functionName("echo-failing").payload(SdkBytes.fromUtf8String("{\"fail\":true}")));

        assertThat(answer.functionError()).isEqualTo("Unhandled");
        assertThat(answer.payload().asUtf8String()).contains("asked to fail");
    }

    @Test
    void publishesVersionsAndAliasesThatQualifiedCallsAndArnsResolve() {
        lambda.createFunction(function("echo-versions", EchoHandler.class, Map.of()));
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("echo-versions"));

        var version = lambda.publishVersion(r -> r.functionName("echo-versions"));
        var alias = lambda.createAlias(
                r -> r.functionName("echo-versions").name("live").functionVersion(version.version()));

        assertThat(version.version()).isEqualTo("1");
        assertThat(alias.aliasArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:echo-versions:live");
        assertThat(lambda.invoke(r -> r.functionName(alias.aliasArn()).payload(SdkBytes.fromUtf8String("{}")))
                        .statusCode())
                .isEqualTo(200);
        assertThat(lambda.getFunction(r -> r.functionName("echo-versions").qualifier("live"))
                        .configuration()
                        .version())
                .isEqualTo("1");
        assertThatThrownBy(() -> lambda.invoke(r -> r.functionName("echo-versions:staging")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.createAlias(
                        r -> r.functionName("echo-versions").name("live").functionVersion("1")))
                .isInstanceOf(ResourceConflictException.class);
    }

    @Test
    void publishesNoNewVersionOfAnUnchangedFunctionAndReportsItsCodeSha256() throws Exception {
        lambda.createFunction(function("echo-republished", EchoHandler.class, Map.of()));
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("echo-republished"));

        var first = lambda.publishVersion(r -> r.functionName("echo-republished"));
        var second = lambda.publishVersion(r -> r.functionName("echo-republished"));

        // https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html
        assertThat(second.version()).isEqualTo(first.version()).isEqualTo("1");
        assertThat(first.codeSha256())
                .isEqualTo(Base64.getEncoder()
                        .encodeToString(MessageDigest.getInstance("SHA-256").digest(code.asByteArray())));
    }

    @Test
    void readsAnAliasAndPointsItAtAnotherVersion() {
        lambda.createFunction(function("echo-moved", EchoHandler.class, Map.of()));
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("echo-moved"));
        lambda.publishVersion(r -> r.functionName("echo-moved"));
        lambda.createAlias(r -> r.functionName("echo-moved").name("live").functionVersion("1"));

        lambda.updateAlias(r -> r.functionName("echo-moved").name("live").functionVersion("$LATEST"));

        var alias = lambda.getAlias(r -> r.functionName("echo-moved").name("live"));
        assertThat(alias.functionVersion()).isEqualTo("$LATEST");
        assertThat(alias.aliasArn()).endsWith(":function:echo-moved:live");
        assertThatThrownBy(
                        () -> lambda.getAlias(r -> r.functionName("echo-moved").name("staging")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void findsAQueuesMappingByFunctionAndQueueAndRefusesASecondOne() {
        lambda.createFunction(function("mapped-once", EchoHandler.class, Map.of()));
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("mapped-once"));
        TestQueues.Queue queue = queues.withDeadLetterQueue("mapped-once", 3, 2);
        var mapping = lambda.createEventSourceMapping(
                r -> r.functionName("mapped-once").eventSourceArn(queue.arn()).batchSize(5));

        var found = lambda.listEventSourceMappings(
                        r -> r.functionName("mapped-once").eventSourceArn(queue.arn()))
                .eventSourceMappings();

        assertThat(found)
                .singleElement()
                .satisfies(m -> assertThat(m.uuid()).isEqualTo(mapping.uuid()))
                .satisfies(m -> assertThat(m.batchSize()).isEqualTo(5));
        assertThat(lambda.listEventSourceMappings(r -> r.functionName("echo-never-mapped"))
                        .eventSourceMappings())
                .isEmpty();
        // https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html
        assertThatThrownBy(() -> lambda.createEventSourceMapping(
                        r -> r.functionName("mapped-once").eventSourceArn(queue.arn())))
                .isInstanceOf(ResourceConflictException.class)
                .hasMessageContaining(mapping.uuid());
    }

    @Test
    void mapsAnSqsQueueToAFunctionThroughItsAliasWithPartialBatchResponses() throws IOException {
        Path journal = directory.resolve("mapped.txt");
        lambda.createFunction(function("mapped", PoisonRecordHandler.class, Map.of("JOURNAL", journal.toString())));
        lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("mapped"));
        lambda.publishVersion(r -> r.functionName("mapped"));
        lambda.createAlias(r -> r.functionName("mapped").name("live").functionVersion("1"));
        TestQueues.Queue queue = queues.withDeadLetterQueue("mapped", 3, 2);

        var mapping = lambda.createEventSourceMapping(r -> r.functionName("mapped:live")
                .eventSourceArn(queue.arn())
                .batchSize(10)
                .maximumBatchingWindowInSeconds(1)
                .functionResponseTypes(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES)
                .scalingConfig(s -> s.maximumConcurrency(2)));
        sqs.sendMessage(r -> r.queueUrl(queue.url()).messageBody("fine"));
        sqs.sendMessage(r -> r.queueUrl(queue.url()).messageBody("poison"));

        assertThat(mapping.state()).isEqualTo("Enabled");
        assertThat(lambda.getEventSourceMapping(r -> r.uuid(mapping.uuid())).functionArn())
                .endsWith(":function:mapped:live");
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        sqs
                                .receiveMessage(
                                        r -> r.queueUrl(queue.deadLetterUrl()).waitTimeSeconds(1))
                                .messages()
                                .stream()
                                .anyMatch(message -> message.body().equals("poison")));
        assertThat(Files.readAllLines(journal, StandardCharsets.UTF_8)).anyMatch(line -> line.endsWith(" fine"));
        assertThat(queues.messagesOn(queue.url())).isZero();
    }

    @Test
    void refusesWhatItCannotRunAndNamesWhatIsMissing() {
        assertThatThrownBy(() -> lambda.createFunction(function("node", EchoHandler.class, Map.of()).toBuilder()
                        .runtime("nodejs22.x")
                        .build()))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("Java functions only");
        lambda.createFunction(function("twice", EchoHandler.class, Map.of()));
        assertThatThrownBy(() -> lambda.createFunction(function("twice", EchoHandler.class, Map.of())))
                .isInstanceOf(ResourceConflictException.class);
        assertThatThrownBy(() -> lambda.getFunction(r -> r.functionName("never-created")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> lambda.createEventSourceMapping(r ->
                        r.functionName("twice").eventSourceArn("arn:aws:sqs:us-east-1:000000000000:no-such-queue")))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageContaining("no-such-queue");
    }

    @Test
    void reportsAFunctionWhoseInitFailsAsFailedSoThatWaitingForItEnds() {
        lambda.createFunction(function("broken", FailingConstructorHandler.class, Map.of()));

        assertThatThrownBy(() -> lambda.waiter().waitUntilFunctionActiveV2(r -> r.functionName("broken")))
                .isInstanceOf(SdkClientException.class);
        var configuration = lambda.getFunctionConfiguration(r -> r.functionName("broken"));
        assertThat(configuration.state()).isEqualTo(State.FAILED);
        assertThat(configuration.stateReason()).isNotBlank();
    }

    private static CreateFunctionRequest function(String name, Class<?> handler, Map<String, String> variables) {
        return CreateFunctionRequest.builder()
                .functionName(name)
                .runtime("java25")
                .role("arn:aws:iam::000000000000:role/" + name)
                .handler(handler.getName())
                .memorySize(256)
                .timeout(3)
                .code(c -> c.zipFile(code))
                .environment(e -> e.variables(variables))
                .build();
    }
}
