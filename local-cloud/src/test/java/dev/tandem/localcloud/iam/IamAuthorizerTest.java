package dev.tandem.localcloud.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Condition;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.PolicyDocument;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.iam.policy.Principal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** AWS's policy evaluation logic: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html */
class IamAuthorizerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACCOUNT = "000000000000";
    private static final String ROLE_ARN = "arn:aws:iam::000000000000:role/ResizerRole";
    private static final Principal RESIZER = new Principal(Principal.Kind.ROLE, ROLE_ARN, "image-resizer");
    private static final Principal EVENTS =
            new Principal(Principal.Kind.SERVICE, "events.amazonaws.com", "events.amazonaws.com");
    private static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:image-jobs";
    private static final String RULE = "arn:aws:events:us-east-1:000000000000:rule/tandem/uploads";

    private final PolicyStore store = new PolicyStore();
    private final IamAuthorizer authorizer = new IamAuthorizer(store, ACCOUNT, IamMode.ENFORCE);

    IamAuthorizerTest() {
        store.putRole(
                "ResizerRole", ROLE_ARN, List.of("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
    }

    private void identityPolicy(String json) {
        store.putRolePolicy("ResizerRole", "Policy", PolicyDocument.parse(JSON.readTree(json)));
    }

    private Decision authorize(Principal principal, String action, String resource) {
        return authorize(principal, new Access(action, resource));
    }

    private Decision authorize(Principal principal, Access access) {
        return authorizer.authorize(principal, new Operation("x", "X", List.of(access)));
    }

    @Test
    void anActionNoPolicyAllowsIsImplicitlyDeniedWithAwsMessage() {
        Decision decision =
                authorize(RESIZER, "dynamodb:BatchGetItem", "arn:aws:dynamodb:us-east-1:000000000000:table/x");

        assertThat(decision).isInstanceOfSatisfying(Decision.Denied.class, denied -> assertThat(denied.message())
                .isEqualTo("User: arn:aws:sts::000000000000:assumed-role/ResizerRole/image-resizer is not authorized to"
                        + " perform: dynamodb:BatchGetItem on resource: arn:aws:dynamodb:us-east-1:000000000000:table/x"
                        + " because no identity-based policy allows the dynamodb:BatchGetItem action"));
    }

    @Test
    void anExplicitDenyWinsOverAnAllow() {
        identityPolicy("""
                {"Statement": [
                  {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
                  {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::media/*"}]}""");

        assertThat(authorize(RESIZER, "s3:GetObject", "arn:aws:s3:::media/a")).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(RESIZER, "s3:DeleteObject", "arn:aws:s3:::media/a"))
                .isInstanceOfSatisfying(Decision.Denied.class, denied -> assertThat(denied.message())
                        .endsWith("with an explicit deny in an identity-based policy"));
    }

    @Test
    void actionsMatchWildcardsWithoutRegardToCaseAndResourcesWithIt() {
        identityPolicy("""
                {"Statement": {"Effect": "Allow", "Action": "S3:get?bject*", "Resource": "arn:aws:s3:::media/renditions/*"}}""");

        assertThat(authorize(RESIZER, "s3:GetObject", "arn:aws:s3:::media/renditions/a.webp"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(RESIZER, "s3:GetObjectVersion", "arn:aws:s3:::media/renditions/a.webp"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(RESIZER, "s3:GetObject", "arn:aws:s3:::media/Renditions/a.webp"))
                .isInstanceOf(Decision.Denied.class);
        assertThat(authorize(RESIZER, "s3:PutObject", "arn:aws:s3:::media/renditions/a.webp"))
                .isInstanceOf(Decision.Denied.class);
    }

    @Test
    void notActionAllowsEverythingButTheActionsItNames() {
        identityPolicy("""
                {"Statement": {"Effect": "Allow", "NotAction": "sqs:Delete*", "Resource": "*"}}""");

        assertThat(authorize(RESIZER, "sqs:ReceiveMessage", QUEUE)).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(RESIZER, "sqs:DeleteMessage", QUEUE)).isInstanceOf(Decision.Denied.class);
    }

    @Test
    void notResourceAppliesToEveryOtherResource() {
        identityPolicy("""
                {"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::media/private/*"}}""");

        assertThat(authorize(RESIZER, "s3:GetObject", "arn:aws:s3:::media/public/a"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(RESIZER, "s3:GetObject", "arn:aws:s3:::media/private/a"))
                .isInstanceOf(Decision.Denied.class);
    }

    @Test
    void aConditionOnTheNamespaceAllowsOnlyThatNamespace() {
        identityPolicy("""
                {"Statement": {"Effect": "Allow", "Action": "cloudwatch:PutMetricData", "Resource": "*",
                  "Condition": {"StringEquals": {"cloudwatch:namespace": "Tandem"}}}}""");

        assertThat(authorize(RESIZER, metrics("Tandem"))).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(RESIZER, metrics("Other"))).isInstanceOf(Decision.Denied.class);
        assertThat(authorize(RESIZER, new Access("cloudwatch:PutMetricData", "*")))
                .as("a key the request does not supply fails the condition")
                .isInstanceOf(Decision.Denied.class);
    }

    @Test
    void ifExistsAndNegatedOperatorsHoldWhenTheKeyIsMissing() {
        identityPolicy("""
                {"Statement": [
                  {"Effect": "Allow", "Action": "cloudwatch:PutMetricData", "Resource": "*",
                   "Condition": {"StringLikeIfExists": {"cloudwatch:namespace": "Tan*"}}},
                  {"Effect": "Deny", "Action": "cloudwatch:PutMetricData", "Resource": "*",
                   "Condition": {"StringNotEquals": {"cloudwatch:namespace": ["Tandem", "TandemLab"]}}}]}""");

        assertThat(authorize(RESIZER, metrics("Tandem"))).isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(RESIZER, metrics("Tango"))).isInstanceOf(Decision.Denied.class);
        assertThat(authorize(RESIZER, new Access("cloudwatch:PutMetricData", "*")))
                .as("no namespace: the IfExists allow holds, and so does the negated deny")
                .isInstanceOf(Decision.Denied.class);
    }

    @Test
    void multiValuedKeysFollowForAllValuesAndForAnyValue() {
        Map<String, List<String>> tags = Map.of("aws:TagKeys", List.of("env", "owner"));
        Condition all = new Condition("ForAllValues:StringEquals", "aws:TagKeys", List.of("env", "owner", "cost"));
        Condition any = new Condition("ForAnyValue:StringEquals", "aws:TagKeys", List.of("owner"));
        Condition tooFew = new Condition("ForAllValues:StringEquals", "aws:TagKeys", List.of("env"));

        assertThat(all.holds(tags)).isTrue();
        assertThat(any.holds(tags)).isTrue();
        assertThat(tooFew.holds(tags)).isFalse();
        assertThat(all.holds(Map.of()))
                .as("ForAllValues holds for a missing key")
                .isTrue();
        assertThat(any.holds(Map.of())).isFalse();
    }

    @Test
    void conditionKeysAreCaseInsensitiveAndArnConditionsCompareByPart() {
        Condition arnLike = new Condition("ArnLike", "aws:sourcearn", List.of("arn:aws:events:*:000000000000:rule/*"));
        Condition arnNotEquals = new Condition("ArnNotEquals", "aws:SourceArn", List.of(RULE));

        assertThat(arnLike.holds(Map.of("aws:SourceArn", List.of(RULE)))).isTrue();
        assertThat(arnLike.holds(Map.of("aws:SourceArn", List.of("arn:aws:events:us-east-1:111111111111:rule/x"))))
                .isFalse();
        assertThat(arnNotEquals.holds(Map.of("aws:SourceArn", List.of(RULE)))).isFalse();
        assertThat(arnNotEquals.holds(Map.of())).isTrue();
        assertThat(new Condition("Bool", "aws:SecureTransport", List.of("false"))
                        .holds(Map.of("aws:SecureTransport", List.of("true"))))
                .isFalse();
    }

    @Test
    void aQueuePolicyLetsEventBridgeDeliverOnlyForItsRule() {
        store.putResourcePolicy(
                QUEUE, "QueuePolicy", PolicyDocument.parse(JSON.readTree("""
                {"Statement": [
                  {"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "sqs:*", "Resource": "%s",
                   "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
                  {"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"},
                   "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes"], "Resource": "%s",
                   "Condition": {"ArnEquals": {"aws:SourceArn": "%s"}}}]}""".formatted(QUEUE, QUEUE, RULE))));

        assertThat(authorize(EVENTS, delivery(RULE)))
                .isEqualTo(new Decision.Allowed(List.of(QUEUE + " QueuePolicy #1: sqs:SendMessage on " + QUEUE)));
        assertThat(authorize(EVENTS, delivery("arn:aws:events:us-east-1:000000000000:rule/tandem/other")))
                .isInstanceOfSatisfying(Decision.Denied.class, denied -> assertThat(denied.message())
                        .isEqualTo("User: events.amazonaws.com is not authorized to perform: sqs:SendMessage on"
                                + " resource: " + QUEUE + " because no resource-based policy allows the"
                                + " sqs:SendMessage action"));
        assertThat(authorize(RESIZER, "sqs:SendMessage", QUEUE))
                .as("the service's grant is not the role's")
                .isInstanceOf(Decision.Denied.class);
    }

    @Test
    void aBucketPolicyDenyAppliesToEveryObjectOfTheBucket() {
        identityPolicy("""
                {"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}""");
        store.putResourcePolicy("arn:aws:s3:::media", "MediaPolicy", PolicyDocument.parse(JSON.readTree("""
                {"Statement": {"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::000000000000:root"},
                  "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::media/*"}}""")));

        assertThat(authorize(RESIZER, "s3:DeleteObject", "arn:aws:s3:::media/uploads/a"))
                .isInstanceOfSatisfying(Decision.Denied.class, denied -> assertThat(denied.message())
                        .endsWith("with an explicit deny in a resource-based policy"));
    }

    @Test
    void administratorsAreAlwaysAllowedAndUnknownRolesNever() {
        Principal admin =
                new Principal(Principal.Kind.ADMINISTRATOR, "arn:aws:iam::000000000000:root", "administrator");
        Principal stranger = new Principal(Principal.Kind.ROLE, "arn:aws:iam::000000000000:role/Nobody", "nobody");

        assertThat(authorize(admin, "iam:DeleteRole", "*")).isEqualTo(new Decision.Allowed(List.of()));
        assertThat(authorize(stranger, "sqs:ListQueues", "*"))
                .isInstanceOfSatisfying(Decision.Denied.class, denied -> assertThat(denied.message())
                        .isEqualTo("User: arn:aws:sts::000000000000:assumed-role/Nobody/nobody is not authorized to"
                                + " perform: sqs:ListQueues because no identity-based policy allows the"
                                + " sqs:ListQueues action"));
    }

    @Test
    void theFirstRefusedAccessRefusesTheWholeOperationAndEachAllowedOneNamesItsGrant() {
        identityPolicy("""
                {"Statement": [{"Sid": "Products", "Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"],
                  "Resource": "arn:aws:dynamodb:us-east-1:000000000000:table/products"}]}""");
        Access products = new Access("dynamodb:PutItem", "arn:aws:dynamodb:us-east-1:000000000000:table/products");
        Access orders = new Access("dynamodb:PutItem", "arn:aws:dynamodb:us-east-1:000000000000:table/orders");

        assertThat(authorizer.authorize(RESIZER, new Operation("dynamodb", "TransactWriteItems", List.of(products))))
                .isEqualTo(
                        new Decision.Allowed(
                                List.of(
                                        "ResizerRole/Policy Products: dynamodb:PutItem on arn:aws:dynamodb:us-east-1:000000000000:table/products")));
        assertThat(authorizer.authorize(
                        RESIZER, new Operation("dynamodb", "TransactWriteItems", List.of(products, orders))))
                .isInstanceOfSatisfying(Decision.Denied.class, denied -> assertThat(denied.access())
                        .isEqualTo(orders));
    }

    @Test
    void warnModeAllowsAWouldBeRefusalAndOffModeDoesNotEvaluate() {
        Operation scan = new Operation(
                "dynamodb",
                "Scan",
                List.of(new Access("dynamodb:Scan", "arn:aws:dynamodb:us-east-1:000000000000:table/p")));

        Decision warned = new IamAuthorizer(store, ACCOUNT, IamMode.WARN).authorize(RESIZER, scan);
        Decision off = new IamAuthorizer(store, ACCOUNT, IamMode.OFF).authorize(RESIZER, scan);

        assertThat(warned).isInstanceOfSatisfying(Decision.Allowed.class, allowed -> assertThat(allowed.grants())
                .singleElement()
                .asString()
                .startsWith(
                        IamAuthorizer.WOULD_BE_DENIED + "User: arn:aws:sts::000000000000:assumed-role/ResizerRole"));
        assertThat(off).isEqualTo(new Decision.Allowed(List.of()));
    }

    @Test
    void awsManagedPoliciesAreRecordedButGrantNothing() {
        assertThat(store.unavailableManagedPolicies(ROLE_ARN))
                .containsExactly("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        assertThat(authorize(RESIZER, "logs:CreateLogGroup", "*")).isInstanceOf(Decision.Denied.class);
    }

    private static Access metrics(String namespace) {
        return new Access("cloudwatch:PutMetricData", "*", Map.of("cloudwatch:namespace", List.of(namespace)));
    }

    private static Access delivery(String rule) {
        return new Access("sqs:SendMessage", QUEUE, Map.of("aws:SourceArn", List.of(rule)));
    }
}
