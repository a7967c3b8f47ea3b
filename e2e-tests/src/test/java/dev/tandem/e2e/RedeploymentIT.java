package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.localcloud.stack.AssemblyDeployment;
import dev.tandem.localcloud.stack.AwsClients;
import dev.tandem.localcloud.stack.AwsEndpoints;
import dev.tandem.localcloud.stack.DeploymentReport;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The synthesized templates deployed a second time into the AWS the app already runs on, as a second {@code
 * ./run-local --emulator} does against an emulator kept running: every resource is found and reused, and a setting
 * changed since the first deployment is brought back to the template's, as a CloudFormation stack update would.
 */
@ExtendWith({TargetCondition.class, TandemExtension.class})
class RedeploymentIT {

    private final RunningTandem tandem;

    RedeploymentIT(RunningTandem tandem) {
        this.tandem = tandem;
    }

    @Test
    void deployingAgainReusesTheStackAndRestoresAQueuesChangedVisibilityTimeout() {
        assumeTrue(tandem.aws().endpoints().isPresent(), "the aws target's stack is deployed by CDK, not here");
        AwsEndpoints endpoints = tandem.aws().endpoints().orElseThrow();
        CloudAssembly assembly = CloudAssembly.read(Path.of(System.getProperty("tandem.cloudAssembly")));
        try (Deployment deployment = new Deployment(tandem);
                AwsClients clients = AwsClients.connect(endpoints)) {
            String queue = deployment.queueUrl("payment-jobs");
            String templates = deployment.queueAttribute(queue, QueueAttributeName.VISIBILITY_TIMEOUT);
            String changed = Integer.toString(Integer.parseInt(templates) + 60);
            deployment.sqs().setQueueAttributes(r -> r.queueUrl(queue)
                    .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, changed)));

            DeploymentReport again =
                    AssemblyDeployment.deploy(assembly, clients).report();

            assertThat(deployment.queueAttribute(queue, QueueAttributeName.VISIBILITY_TIMEOUT))
                    .isEqualTo(templates);
            assertThat(again.updated()).containsExactly(Map.entry("AWS::SQS::Queue", 1));
            assertThat(again.reused())
                    .containsKeys(
                            "AWS::S3::Bucket",
                            "AWS::DynamoDB::Table",
                            "AWS::SQS::Queue",
                            "AWS::Events::EventBus",
                            "AWS::Events::Rule",
                            "AWS::Lambda::Function",
                            "AWS::Lambda::Version",
                            "AWS::Lambda::Alias",
                            "AWS::Lambda::EventSourceMapping");
            assertThat(again.created())
                    .doesNotContainKeys(
                            "AWS::S3::Bucket",
                            "AWS::DynamoDB::Table",
                            "AWS::SQS::Queue",
                            "AWS::Lambda::Function",
                            "AWS::Lambda::EventSourceMapping");
        }
    }
}
