package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.iam.IamAuthorizer;
import dev.tandem.localcloud.iam.IamMode;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.iam.policy.Principal;
import dev.tandem.localcloud.stack.AssemblyDeployment;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The synthesized template's IAM, read as local-cloud enforces it, without running anything: what each role may do
 * on the resources it works with, and no wider. That the enforced run of each flow fails without its grant is
 * shown by {@code MissingGrantIT}.
 */
class TemplatePermissionsIT {

    private static final String REGION = "us-east-1";
    private static final String ACCOUNT = "000000000000";
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:000000000000:table/sandbox-tandem-data-";
    private static final String PRODUCTS = TABLE + "TablesProducts6D827669";
    private static final String ORDERS = TABLE + "TablesOrdersACF7C9C0";
    private static final String OUTBOX = TABLE + "TablesOutboxD51CD487";
    private static final String IDEMPOTENCY = TABLE + "TablesPaymentIdempotency5DA71B04";
    private static final String MEDIA = "arn:aws:s3:::sandbox-tandem-data-mediaa721a567";

    private final PolicyStore policies = AssemblyDeployment.policies(
            CloudAssembly.read(Path.of(System.getProperty("tandem.cloudAssembly"))), REGION, ACCOUNT);
    private final IamAuthorizer iam = new IamAuthorizer(policies, ACCOUNT, IamMode.ENFORCE);

    private final Principal instances =
            policies.principalOfRole(policies.instanceRoles().getFirst()).orElseThrow();
    private final Principal paymentProcessor = function("sandbox-tandem-payment-processor");
    private final Principal imageResizer = function("sandbox-tandem-image-resizer");

    @Test
    void theInstanceRoleMayBatchReadAndScanTheProductsTableButNoOther() {
        assertThat(authorize(instances, "dynamodb:BatchGetItem", PRODUCTS)).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(instances, "dynamodb:Scan", PRODUCTS)).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(instances, "dynamodb:Scan", ORDERS))
                .isInstanceOfSatisfying(Decision.Denied.class, denied -> assertThat(denied.message())
                        .contains("is not authorized to perform: dynamodb:Scan on resource: " + ORDERS)
                        .endsWith("because no identity-based policy allows the dynamodb:Scan action"));
    }

    @Test
    void thePaymentProcessorMayReleaseAClaimOnItsIdempotencyTable() {
        assertThat(authorize(paymentProcessor, "dynamodb:DeleteItem", IDEMPOTENCY))
                .isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void theInstanceRoleMayReadAndWriteItemsButQueryOnlyTheOutboxsIndex() {
        assertThat(authorize(instances, "dynamodb:GetItem", PRODUCTS)).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(instances, "dynamodb:UpdateItem", PRODUCTS)).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(instances, "dynamodb:Query", OUTBOX + "/index/pending-by-age"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(instances, "dynamodb:Query", PRODUCTS)).isInstanceOf(Decision.Denied.class);
        assertThat(authorize(instances, "dynamodb:DeleteItem", ORDERS)).isInstanceOf(Decision.Denied.class);
    }

    @Test
    void theResizerMayWriteRenditionsButNotUploads() {
        assertThat(authorize(imageResizer, "s3:PutObject", MEDIA + "/renditions/p/i/thumbnail.webp"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(imageResizer, "s3:PutObject", MEDIA + "/uploads/p/i"))
                .isInstanceOf(Decision.Denied.class);
    }

    @Test
    void thePaymentProcessorMayUseItsIdempotencyTableAndTheBus() {
        assertThat(authorize(paymentProcessor, "dynamodb:PutItem", IDEMPOTENCY)).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(
                        paymentProcessor,
                        "events:PutEvents",
                        "arn:aws:events:us-east-1:000000000000:event-bus/sandbox-tandem-bus"))
                .isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void eventBridgeMayDeliverToPaymentJobsOnlyForTheOrdersRule() {
        Principal events = new Principal(Principal.Kind.SERVICE, "events.amazonaws.com", "events.amazonaws.com");
        String queue = "arn:aws:sqs:us-east-1:000000000000:sandbox-tandem-payment-jobs";
        String rule = "arn:aws:events:us-east-1:000000000000:rule/sandbox-tandem-bus/";

        assertThat(deliver(events, queue, rule + "sandbox-tandem-orders-to-payment-jobs"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(deliver(events, queue, rule + "sandbox-tandem-results-to-catalog-inbox"))
                .isInstanceOf(Decision.Denied.class);
    }

    private Decision deliver(Principal events, String queue, String rule) {
        Access send = new Access("sqs:SendMessage", queue, Map.of("aws:SourceArn", List.of(rule)));
        return iam.authorize(events, new Operation("sqs", "SendMessage", List.of(send)));
    }

    private Principal function(String name) {
        return policies.principalOfRole(policies.roleOfFunction(name).orElseThrow())
                .orElseThrow();
    }

    private Decision authorize(Principal principal, String action, String resource) {
        return iam.authorize(
                principal,
                new Operation(action.split(":")[0], action.split(":")[1], List.of(new Access(action, resource))));
    }
}
