package dev.tandem.localcloud.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.edge.sigv4.AccessKeys;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import dev.tandem.localcloud.lambda.FunctionHost;
import dev.tandem.localcloud.lambda.api.LambdaApi;
import dev.tandem.localcloud.lambda.environment.FunctionHostSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The Lambda API starts after the other services, so it joins the edge later: until then a Lambda call is refused
 * as unavailable, afterwards it is routed and its signature checked like every other. This uses an edge of its own,
 * so that the test run's shared one keeps no route to an API this test stops.
 */
@ExtendWith(LocalAwsExtension.class)
class EdgeLambdaRouteIT {

    private static FunctionHost host;
    private static LambdaApi api;
    private static Edge edge;

    @BeforeAll
    static void start(LocalAws aws, SqsClient sqs) {
        String region = aws.settings().region().id();
        host = new FunctionHost(FunctionHostSettings.of(region, aws.environment()));
        api = LambdaApi.start(host, sqs, region, aws.settings().accountId());
        edge = Edge.start(
                0,
                region,
                new AccessKeys(aws.settings().credentials(), aws.settings().accountId()));
    }

    @AfterAll
    static void stop() {
        edge.close();
        api.close();
        host.close();
    }

    @Test
    void routesLambdaCallsOnceTheApiIsRegisteredAndChecksTheirSignature(LocalAws aws) {
        try (SignedClients admin =
                        new SignedClients(edge.endpoint(), aws.settings().credentials());
                SignedClients wrongSecret = new SignedClients(
                        edge.endpoint(),
                        AwsBasicCredentials.create(aws.settings().credentials().accessKeyId(), "guessed"))) {
            assertThatThrownBy(() -> admin.lambda().getFunction(function -> function.functionName("missing")))
                    .isInstanceOfSatisfying(LambdaException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(503));

            edge.route("lambda", api.endpoint());

            assertThatThrownBy(() -> admin.lambda().getFunction(function -> function.functionName("missing")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> wrongSecret.lambda().getFunction(function -> function.functionName("missing")))
                    .isInstanceOfSatisfying(LambdaException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                    });
        }
    }
}
