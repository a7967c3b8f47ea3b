package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.iam.policy.PolicyDocument;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.stack.template.Names;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The template's IAM, recorded into a {@link PolicyStore} for local-cloud to enforce: roles with their inline and
 * managed policies, customer managed policies, instance profiles, and the policies of queues and buckets. Each
 * resource answers {@code Ref} and {@code Fn::GetAtt} as CloudFormation documents
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html): a role's
 * {@code Ref} is its name and its {@code Arn} {@code arn:aws:iam::<account>:role/<name>}, an instance profile's
 * likewise. Nothing is created in the services: deployed into an emulator in Docker, the store is simply not used.
 */
public final class IamProvisioner implements Provisioner {

    private final PolicyStore store;
    private final String region;
    private final String accountId;

    public IamProvisioner(PolicyStore store, String region, String accountId) {
        this.store = store;
        this.region = region;
        this.accountId = accountId;
    }

    @Override
    public Set<String> types() {
        return Set.of(
                "AWS::IAM::Role",
                "AWS::IAM::Policy",
                "AWS::IAM::ManagedPolicy",
                "AWS::IAM::InstanceProfile",
                "AWS::SQS::QueuePolicy",
                "AWS::S3::BucketPolicy");
    }

    @Override
    public Optional<Provisioned> create(ResourceProperties properties) {
        return Optional.of(Provisioned.created(
                switch (properties.resource().type()) {
                    case "AWS::IAM::Role" -> role(properties);
                    case "AWS::IAM::Policy" -> inlinePolicy(properties);
                    case "AWS::IAM::ManagedPolicy" -> managedPolicy(properties);
                    case "AWS::IAM::InstanceProfile" -> instanceProfile(properties);
                    case "AWS::SQS::QueuePolicy" -> queuePolicy(properties);
                    default -> bucketPolicy(properties);
                }));
    }

    private PhysicalResource role(ResourceProperties properties) {
        String name = properties.text("RoleName").orElseGet(() -> Names.generated(properties.resource(), 64, false));
        String arn =
                "arn:aws:iam::" + accountId + ":role" + properties.text("Path").orElse("/") + name;
        store.putRole(name, arn, texts(properties.json("ManagedPolicyArns")));
        properties.json("Policies").ifPresent(policies -> policies.values()
                .forEach(policy -> store.putRolePolicy(
                        name,
                        policy.path("PolicyName").asString(),
                        PolicyDocument.parse(policy.path("PolicyDocument")))));
        return new PhysicalResource(name, Map.of("Arn", arn));
    }

    /** An inline policy on the roles it names (by name, as a role's {@code Ref} gives it). */
    private PhysicalResource inlinePolicy(ResourceProperties properties) {
        String name = properties.requiredText("PolicyName");
        PolicyDocument document =
                PolicyDocument.parse(properties.json("PolicyDocument").orElseThrow());
        for (String role : texts(properties.json("Roles"))) {
            if (!store.hasRoleNamed(role)) {
                // A role from outside the template: known here by its name only.
                store.putRole(role, "arn:aws:iam::" + accountId + ":role/" + role, List.of());
            }
            store.putRolePolicy(role, name, document);
        }
        return new PhysicalResource(Names.generated(properties.resource(), 128, false), Map.of());
    }

    private PhysicalResource managedPolicy(ResourceProperties properties) {
        String name = properties
                .text("ManagedPolicyName")
                .orElseGet(() -> Names.generated(properties.resource(), 128, false));
        String arn = "arn:aws:iam::" + accountId + ":policy"
                + properties.text("Path").orElse("/") + name;
        store.putManagedPolicy(
                arn,
                name,
                PolicyDocument.parse(properties.json("PolicyDocument").orElseThrow()));
        texts(properties.json("Roles")).stream()
                .filter(store::hasRoleNamed)
                .forEach(role -> store.attachManagedPolicy(role, arn));
        return new PhysicalResource(arn, Map.of("PolicyArn", arn));
    }

    private PhysicalResource instanceProfile(ResourceProperties properties) {
        String name = properties
                .text("InstanceProfileName")
                .orElseGet(() -> Names.generated(properties.resource(), 128, false));
        String arn = "arn:aws:iam::" + accountId + ":instance-profile"
                + properties.text("Path").orElse("/") + name;
        store.putInstanceProfile(arn, name, texts(properties.json("Roles")));
        return new PhysicalResource(name, Map.of("Arn", arn));
    }

    /** A policy for each queue it lists; a queue's {@code Ref} is its URL, whose last segment is its name. */
    private PhysicalResource queuePolicy(ResourceProperties properties) {
        PolicyDocument document =
                PolicyDocument.parse(properties.json("PolicyDocument").orElseThrow());
        String name = properties.resource().logicalId();
        for (String url : texts(properties.json("Queues"))) {
            String queue = url.substring(url.lastIndexOf('/') + 1);
            store.putResourcePolicy("arn:aws:sqs:" + region + ":" + accountId + ":" + queue, name, document);
        }
        return new PhysicalResource(Names.generated(properties.resource(), 128, false), Map.of());
    }

    private PhysicalResource bucketPolicy(ResourceProperties properties) {
        String bucket = properties.requiredText("Bucket");
        store.putResourcePolicy(
                "arn:aws:s3:::" + bucket,
                properties.resource().logicalId(),
                PolicyDocument.parse(properties.json("PolicyDocument").orElseThrow()));
        return new PhysicalResource(Names.generated(properties.resource(), 128, false), Map.of());
    }

    private static List<String> texts(Optional<JsonNode> list) {
        return list.stream()
                .flatMap(JsonNode::valueStream)
                .map(JsonNode::asString)
                .toList();
    }
}
