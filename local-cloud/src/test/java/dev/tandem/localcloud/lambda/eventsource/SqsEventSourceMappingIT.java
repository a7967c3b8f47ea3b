package dev.tandem.localcloud.lambda.eventsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.TestFunctionJar;
import dev.tandem.localcloud.lambda.TestQueues;
import dev.tandem.localcloud.lambda.environment.FunctionDefinition;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import dev.tandem.localcloud.lambda.testfunctions.PoisonRecordHandler;
import dev.tandem.localcloud.lambda.testfunctions.SlowOnFirstReceiveHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

@ExtendWith(LocalAwsExtension.class)
class SqsEventSourceMappingIT {

    @TempDir
    static Path directory;

    private static Path jar;
    private static LocalAws aws;
    private static SqsClient sqs;
    private static TestQueues queues;
    private static FunctionHost host;

    @BeforeAll
    static void start(LocalAws localAws, SqsClient sqsClient) throws IOException {
        jar = TestFunctionJar.buildIn(directory);
        aws = localAws;
        sqs = sqsClient;
        queues = new TestQueues(sqs);
        host = new FunctionHost(FunctionHostSettings.of(aws.settings().region().id(), aws.environment()));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void retriesOnlyThePoisonedRecordOfABatchAndFinallyLeavesItInTheDeadLetterQueue() throws IOException {
        Path journal = directory.resolve("partial-batch.txt");
        FunctionDefinition function = function("partial-batch", PoisonRecordHandler.class, 2, journal);
        host.start(function).join();
        TestQueues.Queue queue = queues.withDeadLetterQueue("partial-batch", 2, 2);
        send(queue, "first", "poison", "second");

        host.addSqsEventSource(
                new SqsEventSourceDefinition(
                        function.name(), queue.url(), queue.arn(), 10, Duration.ofSeconds(1), 2, true),
                sqs);

        List<Message> deadLetters = new CopyOnWriteArrayList<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            deadLetters.addAll(sqs.receiveMessage(
                            request -> request.queueUrl(queue.deadLetterUrl()).waitTimeSeconds(1))
                    .messages());
            return !deadLetters.isEmpty();
        });
        assertThat(deadLetters).extracting(Message::body).containsExactly("poison");
        Map<String, List<String>> receiveCountsByBody = Files.readAllLines(journal).stream()
                .map(line -> line.split(" ", 4))
                .collect(Collectors.groupingBy(
                        fields -> fields[3], Collectors.mapping(fields -> fields[2], Collectors.toList())));
        assertThat(receiveCountsByBody)
                .containsEntry("first", List.of("1"))
                .containsEntry("second", List.of("1"))
                .containsEntry("poison", List.of("1", "2"));
        assertThat(queues.messagesOn(queue.url())).isZero();
    }

    @Test
    void killsAnInvocationThatOutlivesItsTimeoutSoThatAFreshJvmGetsItsMessageAgain() throws IOException {
        Path journal = directory.resolve("slow-first.txt");
        FunctionDefinition function = function("slow-first", SlowOnFirstReceiveHandler.class, 2, journal);
        host.start(function).join();
        // Visibility above the function's timeout, as Lambda requires of a queue it polls.
        TestQueues.Queue queue = queues.withDeadLetterQueue("slow-first", 3, 5);
        send(queue, "patience");

        host.addSqsEventSource(
                new SqsEventSourceDefinition(function.name(), queue.url(), queue.arn(), 1, Duration.ZERO, 2, true),
                sqs);

        await().atMost(Duration.ofSeconds(20)).until(() -> queues.messagesOn(queue.url()) == 0);
        List<String[]> attempts = Files.readAllLines(journal).stream()
                .map(line -> line.split(" "))
                .toList();
        assertThat(attempts).extracting(fields -> fields[1]).containsExactly("1", "2");
        long killedPid = Long.parseLong(attempts.get(0)[2]);
        long freshPid = Long.parseLong(attempts.get(1)[2]);
        assertThat(freshPid).isNotEqualTo(killedPid);
        assertThat(ProcessHandle.of(killedPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(host.launches(function.name())).isEqualTo(2);
    }

    @Test
    void refusesAQueueWhoseVisibilityTimeoutIsShorterThanTheFunctionsTimeout() {
        FunctionDefinition function =
                function("patient", PoisonRecordHandler.class, 10, directory.resolve("patient.txt"));
        host.start(function).join();
        TestQueues.Queue queue = queues.withDeadLetterQueue("impatient", 5, 3);

        assertThatThrownBy(() -> host.addSqsEventSource(
                        new SqsEventSourceDefinition(
                                function.name(), queue.url(), queue.arn(), 10, Duration.ZERO, 2, true),
                        sqs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Queue visibility timeout: 5 seconds is less than Function timeout: 10 seconds");
    }

    private static void send(TestQueues.Queue queue, String... bodies) {
        List<SendMessageBatchRequestEntry> entries = Arrays.stream(bodies)
                .map(body -> SendMessageBatchRequestEntry.builder()
                        .id(body)
                        .messageBody(body)
                        .build())
                .toList();
        sqs.sendMessageBatch(request -> request.queueUrl(queue.url()).entries(entries));
    }

    private static FunctionDefinition function(String name, Class<?> handler, int timeoutSeconds, Path journal) {
        return new FunctionDefinition(
                name,
                "arn:aws:lambda:" + aws.settings().region().id() + ":"
                        + aws.settings().accountId() + ":function:" + name,
                jar,
                handler.getName(),
                256,
                Duration.ofSeconds(timeoutSeconds),
                Map.of("JOURNAL", journal.toString()));
    }
}
