package dev.tandem.localcloud.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.edge.authorization.Authorizer;
import dev.tandem.localcloud.edge.calls.CallListener;
import dev.tandem.localcloud.edge.calls.CallRecord;
import dev.tandem.localcloud.edge.fault.Fault;
import dev.tandem.localcloud.edge.fault.FaultSource;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Principal;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * What IAM, a fault drill and the call trail plug into the edge takes effect on the next call: each is a small
 * stand-in for the real one, acting only on calls signed with a key issued to a test role, so that other tests
 * sharing the edge see none of it.
 */
@ExtendWith(LocalAwsExtension.class)
class EdgeExtensionPointsIT {

    private static final Principal ROLE =
            new Principal(Principal.Kind.ROLE, "arn:aws:iam::000000000000:role/edge-it", "edge-it");

    private final List<CallRecord> calls = new CopyOnWriteArrayList<>();
    private final CallListener trail = call -> {
        if (call.principal().equals(ROLE)) {
            calls.add(call);
        }
    };
    private Edge edge;
    private SignedClients role;

    @BeforeEach
    void plugIn(LocalAws aws) {
        edge = aws.edge();
        edge.addListener(trail);
        role = new SignedClients(aws.endpoint(), edge.accessKeys().issue(ROLE));
    }

    @AfterEach
    void unplug() {
        edge.removeListener(trail);
        edge.faults(FaultSource.NONE);
        edge.authorizer(Authorizer.ALLOW_ALL);
        role.close();
    }

    @Test
    void answersAnInjectedErrorInTheServicesShapeWithoutPassingTheCallOn() {
        edge.faults((principal, operation) ->
                principal.equals(ROLE) && operation.name().equals("ListTables")
                        ? List.of(new Fault.ErrorReply(400, "ThrottlingException", "Rate exceeded"))
                        : List.of());

        assertThatThrownBy(() -> role.dynamoDb().listTables())
                .isInstanceOfSatisfying(
                        DynamoDbException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException"));
        await().untilAsserted(() -> assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.operation().name()).isEqualTo("ListTables");
            assertThat(call.status()).isEqualTo(400);
            assertThat(call.errorCode()).contains("ThrottlingException");
        }));
    }

    @Test
    void holdsACallForAnInjectedDelayAndClosesTheConnectionForADrop() {
        Duration delay = Duration.ofMillis(400);
        edge.faults((principal, operation) -> !principal.equals(ROLE)
                ? List.of()
                : operation.name().equals("ListQueues") ? List.of(new Fault.Delay(delay)) : List.of(new Fault.Drop()));

        long start = System.nanoTime();
        role.sqs().listQueues();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
        assertThatThrownBy(() -> role.sqs().getQueueUrl(queue -> queue.queueName("anything")))
                .isInstanceOf(SdkClientException.class);
        await().untilAsserted(
                        () -> assertThat(calls).extracting(CallRecord::status).containsExactly(200, 0));
    }

    @Test
    void refusesWhatTheAuthorizerDeniesWithEachServicesAccessDenied() {
        edge.authorizer((principal, operation, request) -> principal.equals(ROLE)
                ? new Decision.Denied(
                        operation.accesses().getFirst(),
                        "User: " + principal.arn() + " is not authorized to perform: "
                                + operation.accesses().getFirst().action())
                : new Decision.Allowed(List.of()));

        assertThatThrownBy(() -> role.s3().listBuckets()).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        });
        assertThatThrownBy(() -> role.sqs().listQueues()).isInstanceOfSatisfying(SqsException.class, e -> assertThat(
                        e.awsErrorDetails().errorCode())
                .isEqualTo("AccessDenied"));
        assertThatThrownBy(() -> role.eventBridge().describeEventBus(request -> {}))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("events:DescribeEventBus");
                });
        await().untilAsserted(() -> assertThat(calls).hasSize(3).allSatisfy(call -> assertThat(call.decision())
                .isInstanceOf(Decision.Denied.class)));
    }

    @Test
    void tellsTheListenersEveryCallWithItsStatusErrorCodeAndCorrelationId(S3Client admin) {
        admin.createBucket(bucket -> bucket.bucket("edge-trail"));
        S3Client s3 = role.s3();

        s3.putObject(
                object -> object.bucket("edge-trail").key("a").metadata(Map.of("correlation-id", "c-42")),
                RequestBody.fromString("a"));
        assertThatThrownBy(
                        () -> s3.getObject(object -> object.bucket("edge-trail").key("missing")))
                .isInstanceOf(NoSuchKeyException.class);
        role.eventBridge()
                .putEvents(events -> events.entries(
                        entry -> entry.source("edge.it").detailType("Traced").detail("{\"correlationId\":\"c-43\"}")));

        await().untilAsserted(() -> assertThat(calls)
                .extracting(
                        call -> call.operation().name(),
                        CallRecord::status,
                        CallRecord::errorCode,
                        CallRecord::correlationId)
                .containsExactly(
                        tuple("PutObject", 200, Optional.empty(), Optional.of("c-42")),
                        tuple("GetObject", 404, Optional.of("NoSuchKey"), Optional.empty()),
                        tuple("PutEvents", 200, Optional.empty(), Optional.of("c-43"))));
    }

    @Test
    void letsAControlHandlerAnswerItsPathUnsigned(LocalAws aws) throws Exception {
        edge.control("/_tandem/edge-it", new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                Content.Sink.write(response, true, "controlled", callback);
                return true;
            }
        });

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(aws.endpoint().resolve("/_tandem/edge-it/status"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("controlled");
    }
}
