package dev.tandem.localcloud.stack.provision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.iam.IamAuthorizer;
import dev.tandem.localcloud.iam.IamMode;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.iam.policy.Principal;
import dev.tandem.localcloud.stack.StackDeployer;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamProvisionerTest {

    private static final String ACCOUNT = "000000000000";

    private final PolicyStore store = new PolicyStore();
    private final StackDeployer deployer = new StackDeployer(
            List.of(
                    new IamProvisioner(store, "us-east-1", ACCOUNT),
                    new NamingProvisioner("us-east-1", ACCOUNT, store)),
            "us-east-1",
            ACCOUNT);

    @Test
    void recordsRolesTheirPoliciesAndTheFunctionsThatRunAsThem() {
        deploy("""
                {"Resources": {
                  "Table": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "orders"}},
                  "Role": {"Type": "AWS::IAM::Role", "Properties": {
                    "ManagedPolicyArns": ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]}},
                  "Policy": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "RolePolicy", "Roles": [{"Ref": "Role"}],
                    "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "dynamodb:GetItem",
                      "Resource": {"Fn::GetAtt": ["Table", "Arn"]}}]}}},
                  "Function": {"Type": "AWS::Lambda::Function", "Properties": {"FunctionName": "payments",
                    "Role": {"Fn::GetAtt": ["Role", "Arn"]}}}
                }}""");

        String role = store.roleOfFunction("payments").orElseThrow();
        Principal principal = store.principalOfRole(role).orElseThrow();

        assertThat(role).isEqualTo("arn:aws:iam::000000000000:role/s-Role");
        assertThat(authorize(principal, "dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:000000000000:table/orders"))
                .isInstanceOf(Decision.Allowed.class);
        assertThat(authorize(principal, "dynamodb:PutItem", "arn:aws:dynamodb:us-east-1:000000000000:table/orders"))
                .isInstanceOf(Decision.Denied.class);
        assertThat(store.unavailableManagedPolicies(role))
                .containsExactly("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
    }

    @Test
    void recordsAQueuePolicyByTheQueuesArnAndResolvesTheRuleItNames() {
        deploy("""
                {"Resources": {
                  "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "jobs"}},
                  "Rule": {"Type": "AWS::Events::Rule", "Properties": {"Name": "to-jobs", "EventBusName": "tandem"}},
                  "QueuePolicy": {"Type": "AWS::SQS::QueuePolicy", "Properties": {"Queues": [{"Ref": "Queue"}],
                    "PolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"},
                      "Action": "sqs:SendMessage", "Resource": {"Fn::GetAtt": ["Queue", "Arn"]},
                      "Condition": {"ArnEquals": {"aws:SourceArn": {"Fn::GetAtt": ["Rule", "Arn"]}}}}]}}}
                }}""");
        Principal events = new Principal(Principal.Kind.SERVICE, "events.amazonaws.com", "events.amazonaws.com");
        Access delivery = new Access(
                "sqs:SendMessage",
                "arn:aws:sqs:us-east-1:000000000000:jobs",
                Map.of("aws:SourceArn", List.of("arn:aws:events:us-east-1:000000000000:rule/tandem/to-jobs")));

        assertThat(new IamAuthorizer(store, ACCOUNT, IamMode.ENFORCE)
                        .authorize(events, new Operation("sqs", "SendMessage", List.of(delivery))))
                .isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void anInstanceProfileAnswersRefAndArnAndLeadsToItsRole() {
        deploy("""
                {"Resources": {
                  "Role": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "InstanceRole"}},
                  "Profile": {"Type": "AWS::IAM::InstanceProfile", "Properties": {"Roles": [{"Ref": "Role"}]}}
                }}""");

        assertThat(store.roleOfInstanceProfile("arn:aws:iam::000000000000:instance-profile/s-Profile"))
                .contains("arn:aws:iam::000000000000:role/InstanceRole");
        assertThat(store.roleOfInstanceProfile("s-Profile")).contains("arn:aws:iam::000000000000:role/InstanceRole");
    }

    @TempDir
    Path assembly;

    /** Deploys {@code template} as the one stack, named {@code s}, of a cloud assembly. */
    private void deploy(String template) {
        try {
            Files.writeString(assembly.resolve("s.template.json"), template);
            Files.writeString(assembly.resolve("manifest.json"), """
                    {"artifacts": {"s": {"type": "aws:cloudformation:stack",
                      "properties": {"templateFile": "s.template.json"}}}}""");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deployer.deploy(CloudAssembly.read(assembly));
    }

    private Decision authorize(Principal principal, String action, String resource) {
        return new IamAuthorizer(store, ACCOUNT, IamMode.ENFORCE)
                .authorize(principal, new Operation("x", "X", List.of(new Access(action, resource))));
    }
}
