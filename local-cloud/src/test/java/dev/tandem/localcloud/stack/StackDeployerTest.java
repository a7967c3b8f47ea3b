package dev.tandem.localcloud.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.stack.template.Template;
import dev.tandem.localcloud.stack.template.UnresolvableException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StackDeployerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void createsEachResourceAfterTheResourcesItRefersTo() {
        Template stack = Template.parse("s", JSON.readTree("""
                {"Resources": {
                  "Rule":  {"Type": "AWS::Events::Rule", "Properties": {"Targets": [{"Arn": {"Fn::GetAtt": ["Queue", "Arn"]}}]}},
                  "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": ["Dlq", "Arn"]}}}},
                  "Dlq":   {"Type": "AWS::SQS::Queue"},
                  "Alarm": {"Type": "AWS::CloudWatch::Alarm", "DependsOn": "Rule"}
                }}"""));

        assertThat(StackDeployer.creationOrder(stack))
                .extracting(Template.Resource::logicalId)
                .containsExactly("Dlq", "Queue", "Rule", "Alarm");
    }

    @Test
    void refusesACircularReference() {
        Template stack = Template.parse("s", JSON.readTree("""
                {"Resources": {
                  "A": {"Type": "AWS::SQS::Queue", "Properties": {"X": {"Ref": "B"}}},
                  "B": {"Type": "AWS::SQS::Queue", "Properties": {"X": {"Ref": "A"}}}
                }}"""));

        assertThatThrownBy(() -> StackDeployer.creationOrder(stack))
                .isInstanceOf(UnresolvableException.class)
                .hasMessageContaining("circular");
    }
}
