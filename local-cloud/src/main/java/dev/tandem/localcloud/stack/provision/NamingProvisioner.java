package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names the buckets, tables, queues, buses, rules and functions of a template as their provisioners would name them
 * on local-cloud, with the ARNs local-cloud gives them, without creating anything: so that the template's IAM can be
 * read, every policy resolved, with no service running.
 */
public final class NamingProvisioner implements Provisioner {

    private static final String DEFAULT_BUS = "default";

    private final String region;
    private final String accountId;
    private final PolicyStore policies;

    public NamingProvisioner(String region, String accountId, PolicyStore policies) {
        this.region = region;
        this.accountId = accountId;
        this.policies = policies;
    }

    @Override
    public Set<String> types() {
        return Set.of(
                "AWS::S3::Bucket",
                "AWS::DynamoDB::Table",
                "AWS::SQS::Queue",
                "AWS::Events::EventBus",
                "AWS::Events::Rule",
                "AWS::Lambda::Function");
    }

    @Override
    public Optional<Provisioned> create(ResourceProperties properties) {
        return Optional.of(Provisioned.created(
                switch (properties.resource().type()) {
                    case "AWS::S3::Bucket" -> {
                        String name = BucketProvisioner.bucketName(properties);
                        yield new PhysicalResource(name, Map.of("Arn", "arn:aws:s3:::" + name));
                    }
                    case "AWS::DynamoDB::Table" -> {
                        String name = TableProvisioner.tableName(properties);
                        yield new PhysicalResource(name, Map.of("Arn", arn("dynamodb", "table/" + name)));
                    }
                    case "AWS::SQS::Queue" -> {
                        String name = QueueProvisioner.queueName(properties);
                        String url = "http://localhost/" + accountId + "/" + name;
                        yield new PhysicalResource(
                                url, Map.of("Arn", arn("sqs", name), "QueueName", name, "QueueUrl", url));
                    }
                    case "AWS::Events::EventBus" -> {
                        String name = properties.requiredText("Name");
                        yield new PhysicalResource(
                                name, Map.of("Arn", arn("events", "event-bus/" + name), "Name", name));
                    }
                    case "AWS::Events::Rule" -> {
                        String name = EventBridgeProvisioner.ruleName(properties);
                        String bus = properties.text("EventBusName").orElse(DEFAULT_BUS);
                        String path = bus.equals(DEFAULT_BUS) ? name : bus + "/" + name;
                        yield new PhysicalResource(
                                path.replace('/', '|'), Map.of("Arn", arn("events", "rule/" + path)));
                    }
                    default -> {
                        String name = FunctionProvisioner.functionName(properties);
                        properties.text("Role").ifPresent(role -> policies.assignFunctionRole(name, role));
                        yield new PhysicalResource(name, Map.of("Arn", arn("lambda", "function:" + name)));
                    }
                }));
    }

    private String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }
}
