package dev.tandem.localcloud.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.edge.calls.CallRecord;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.PolicyDocument;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.iam.policy.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IamReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ROLE_ARN = "arn:aws:iam::000000000000:role/PaymentRole";
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:000000000000:table/idempotency";
    private static final Principal PAYMENTS = new Principal(Principal.Kind.ROLE, ROLE_ARN, "payment-processor");

    private final PolicyStore store = new PolicyStore();
    private final IamReport report = new IamReport(store);

    IamReportTest() {
        store.putRole("PaymentRole", ROLE_ARN, List.of());
        store.putRolePolicy("PaymentRole", "PaymentPolicy", PolicyDocument.parse(JSON.readTree("""
                {"Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"], "Resource": "%s"}]}""".formatted(TABLE))));
        store.assignFunctionRole("payment-processor", ROLE_ARN);
    }

    @Test
    void countsActionsUsedCallsDeniedAndGrantsNeverUsed() {
        IamAuthorizer authorizer = new IamAuthorizer(store, "000000000000", IamMode.ENFORCE);
        call(authorizer, "dynamodb:PutItem");
        call(authorizer, "dynamodb:PutItem");
        call(authorizer, "dynamodb:DeleteItem");

        JsonNode role = JSON.readTree(report.json()).path("roles").get(0);

        assertThat(role.path("principal").asString()).isEqualTo("PaymentRole");
        assertThat(role.path("actionsUsed").path("dynamodb:PutItem").asInt()).isEqualTo(2);
        assertThat(role.path("callsDenied").get(0).path("action").asString()).isEqualTo("dynamodb:DeleteItem");
        assertThat(role.path("callsDenied").get(0).path("resource").asString()).isEqualTo(TABLE);
        assertThat(role.path("callsDenied").get(0).path("count").asInt()).isEqualTo(1);
        assertThat(role.path("unusedGrants").valueStream().map(JsonNode::asString))
                .containsExactly("PaymentRole/PaymentPolicy #0: dynamodb:GetItem on " + TABLE);
        assertThat(report.text())
                .contains("PaymentRole (" + ROLE_ARN + ")")
                .contains("dynamodb:PutItem: × 2")
                .contains("dynamodb:DeleteItem on " + TABLE + ": × 1")
                .contains("PaymentRole/PaymentPolicy #0: dynamodb:GetItem on " + TABLE);
    }

    @Test
    void aWouldBeRefusalInWarnModeCountsAsDenied() {
        call(new IamAuthorizer(store, "000000000000", IamMode.WARN), "dynamodb:DeleteItem");

        JsonNode role = JSON.readTree(report.json()).path("roles").get(0);

        assertThat(role.path("callsDenied").get(0).path("action").asString()).isEqualTo("dynamodb:DeleteItem");
        assertThat(role.path("actionsUsed").isEmpty()).isTrue();
    }

    @Test
    void aWorkloadRoleThatMadeNoCallsHasEveryGrantUnused() {
        JsonNode role = JSON.readTree(report.json()).path("roles").get(0);

        assertThat(role.path("principal").asString()).isEqualTo("PaymentRole");
        assertThat(role.path("unusedGrants")).hasSize(2);
    }

    private void call(IamAuthorizer authorizer, String action) {
        Operation operation = new Operation("dynamodb", action.substring(9), List.of(new Access(action, TABLE)));
        report.completed(new CallRecord(
                Instant.now(),
                PAYMENTS,
                operation,
                authorizer.authorize(PAYMENTS, operation),
                200,
                Optional.empty(),
                Duration.ofMillis(3),
                Optional.empty()));
    }
}
