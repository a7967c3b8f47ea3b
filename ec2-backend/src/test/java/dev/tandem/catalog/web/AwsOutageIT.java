package dev.tandem.catalog.web;

import static dev.tandem.catalog.FaultInjectingHttpClient.DYNAMODB_GET_ITEM;
import static dev.tandem.catalog.FaultInjectingHttpClient.DYNAMODB_TRANSACT_WRITE_ITEMS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.catalog.AwsError;
import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import dev.tandem.catalog.FaultInjectingHttpClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * DynamoDB throttling, failing or out of reach is not the client's fault and not a bug of the
 * service: the API answers 503 with {@code Retry-After}, and a throttled order reserves nothing.
 * The errors are DynamoDB's own, on the wire (see {@link FaultInjectingHttpClient}); which errors
 * count as such is {@code AwsUnavailabilityTest}'s subject. A throttled call takes the SDK's whole
 * API call timeout (10 s), as it retries throttling with long pauses.
 */
@ExtendWith(OutputCaptureExtension.class)
class AwsOutageIT extends CatalogIntegrationTest {

    @Autowired
    private FaultInjectingHttpClient wire;

    @AfterEach
    void healTheWire() {
        wire.heal(DYNAMODB_TRANSACT_WRITE_ITEMS);
        wire.heal(DYNAMODB_GET_ITEM);
    }

    @Test
    void answers503WhenDynamoDbThrottlesAnOrderAndReservesNothingUntilTheRetry(CapturedOutput output) {
        String product = api().createProduct(900, "EUR", 5).at("/id").asString();
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = Map.of(
                "items", List.of(Map.of("productId", product, "quantity", 2)),
                "paymentToken", "tok_visa",
                "customerEmail", "ada@example.com");
        wire.answer(DYNAMODB_TRANSACT_WRITE_ITEMS, AwsError.dynamoDbThrottling());

        CatalogApi.Response throttled = api().sendJson("POST", "/api/orders", order, "Idempotency-Key", key);

        assertServiceUnavailable(throttled);
        assertThat(wire.faultsInjected(DYNAMODB_TRANSACT_WRITE_ITEMS))
                .as("the SDK retried before giving up")
                .isGreaterThan(1);
        assertThat(stockOf(product)).isEqualTo(5);
        assertThat(output.getAll())
                .contains("Answered POST /api/orders with 503, AWS is throttling or unavailable")
                .doesNotContain("at software.amazon.awssdk");

        wire.heal(DYNAMODB_TRANSACT_WRITE_ITEMS);
        CatalogApi.Response retried = api().sendJson("POST", "/api/orders", order, "Idempotency-Key", key);

        assertThat(retried.status()).isEqualTo(201);
        assertThat(stockOf(product)).isEqualTo(3);
    }

    static Stream<AwsError> failuresThatAreNotTheClients() {
        return Stream.of(
                AwsError.dynamoDb(
                        400, "ProvisionedThroughputExceededException", "You exceeded your maximum allowed throughput."),
                AwsError.dynamoDb(500, "InternalServerError", "Internal server error"));
    }

    @ParameterizedTest
    @MethodSource("failuresThatAreNotTheClients")
    void answers503WhenDynamoDbThrottlesOrFailsARead(AwsError error) {
        String product = api().createProduct(900, "EUR", 5).at("/id").asString();
        wire.answer(DYNAMODB_GET_ITEM, error);

        assertServiceUnavailable(api().get("/api/products/" + product));
    }

    @Test
    void answers503WhenDynamoDbIsOutOfReach() {
        String product = api().createProduct(900, "EUR", 5).at("/id").asString();
        wire.refuseConnections(DYNAMODB_GET_ITEM);

        assertServiceUnavailable(api().get("/api/products/" + product));
    }

    private static void assertServiceUnavailable(CatalogApi.Response response) {
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("2");
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/service-unavailable");
        assertThat(response.body()).doesNotContain("DynamoDb", "Exception");
    }

    private int stockOf(String productId) {
        return api().get("/api/products/" + productId).json().at("/stock").asInt();
    }
}
