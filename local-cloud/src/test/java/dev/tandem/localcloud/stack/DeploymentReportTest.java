package dev.tandem.localcloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentReportTest {

    @Test
    void countsWhatExistedAndWhatOfItWasBroughtToTheTemplatesState() {
        DeploymentReport report = new DeploymentReport(
                Map.of("AWS::IAM::Role", 2),
                Map.of("AWS::SQS::Queue", 8, "AWS::DynamoDB::Table", 4),
                Map.of("AWS::SQS::Queue", 1),
                Map.of("AWS::EC2::VPC", 1));

        assertThat(report.existing()).isEqualTo(13);
        assertThat(report.brought()).isEqualTo(1);
        assertThat(report.summary())
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "created: 2 AWS::IAM::Role",
                        "reused: 4 AWS::DynamoDB::Table, 8 AWS::SQS::Queue",
                        "updated: 1 AWS::SQS::Queue",
                        "not emulated: 1 AWS::EC2::VPC"));
    }

    @Test
    void saysNothingOfReuseOnAFirstDeployment() {
        DeploymentReport report =
                new DeploymentReport(Map.of("AWS::SQS::Queue", 9), Map.of(), Map.of(), Map.of("AWS::EC2::VPC", 1));

        assertThat(report.existing()).isZero();
        assertThat(report.summary())
                .isEqualTo("created: 9 AWS::SQS::Queue" + System.lineSeparator() + "not emulated: 1 AWS::EC2::VPC");
    }
}
