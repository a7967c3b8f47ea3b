package dev.tandem.localcloud.stack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IntrinsicsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STACK = "shop-data";

    private final Map<String, PhysicalResource> created = Map.of(
            "Queue",
                    new PhysicalResource(
                            "http://127.0.0.1:9324/000000000000/jobs",
                            Map.of("Arn", "arn:aws:sqs:eu-west-1:000000000000:jobs")),
            "Bucket", new PhysicalResource("media", Map.of("Arn", "arn:aws:s3:::media")));

    private final Intrinsics intrinsics = new Intrinsics(new Intrinsics.Scope() {
        @Override
        public Optional<PhysicalResource> resource(String stackName, String logicalId) {
            return Optional.ofNullable(created.get(logicalId));
        }

        @Override
        public Optional<Template.Resource> definition(String stackName, String logicalId) {
            return Optional.of(new Template.Resource(
                    stackName,
                    logicalId,
                    "AWS::SQS::Queue",
                    JSON.createObjectNode(),
                    JSON.createObjectNode(),
                    List.of()));
        }

        @Override
        public Optional<String> export(String name) {
            return name.equals("shop-messaging:BusName") ? Optional.of("shop-bus") : Optional.empty();
        }

        @Override
        public Optional<JsonNode> parameterDefault(String stackName, String name) {
            return name.equals("Stage") ? Optional.of(JSON.getNodeFactory().stringNode("dev")) : Optional.empty();
        }

        @Override
        public String region() {
            return "eu-west-1";
        }

        @Override
        public String accountId() {
            return "000000000000";
        }
    });

    @Test
    void resolvesRefsAttributesAndPseudoParameters() {
        assertThat(resolve("{\"Ref\":\"Queue\"}")).isEqualTo("\"http://127.0.0.1:9324/000000000000/jobs\"");
        assertThat(resolve("{\"Fn::GetAtt\":[\"Bucket\",\"Arn\"]}")).isEqualTo("\"arn:aws:s3:::media\"");
        assertThat(resolve("{\"Fn::GetAtt\":\"Queue.Arn\"}")).isEqualTo("\"arn:aws:sqs:eu-west-1:000000000000:jobs\"");
        assertThat(resolve("{\"Ref\":\"AWS::Region\"}")).isEqualTo("\"eu-west-1\"");
        assertThat(resolve("{\"Ref\":\"Stage\"}")).isEqualTo("\"dev\"");
    }

    @Test
    void joinsSelectsSplitsAndSubstitutes() {
        assertThat(resolve("{\"Fn::Join\":[\"\",[{\"Fn::GetAtt\":[\"Bucket\",\"Arn\"]},\"/uploads/*\"]]}"))
                .isEqualTo("\"arn:aws:s3:::media/uploads/*\"");
        assertThat(resolve("{\"Fn::Select\":[5,{\"Fn::Split\":[\":\",{\"Fn::GetAtt\":[\"Queue\",\"Arn\"]}]}]}"))
                .isEqualTo("\"jobs\"");
        assertThat(resolve("{\"Fn::Sub\":\"cdk-assets-${AWS::AccountId}-${AWS::Region}/${Bucket}/${!Literal}\"}"))
                .isEqualTo("\"cdk-assets-000000000000-eu-west-1/media/${Literal}\"");
        assertThat(resolve("{\"Fn::Sub\":[\"${Name}-${Queue.Arn}\",{\"Name\":{\"Ref\":\"Bucket\"}}]}"))
                .isEqualTo("\"media-arn:aws:sqs:eu-west-1:000000000000:jobs\"");
    }

    @Test
    void importsExportsOfEarlierStacks() {
        assertThat(resolve("{\"Fn::ImportValue\":\"shop-messaging:BusName\"}")).isEqualTo("\"shop-bus\"");
        assertThatThrownBy(() -> resolve("{\"Fn::ImportValue\":\"shop-nothing:Name\"}"))
                .isInstanceOf(UnresolvableException.class)
                .hasMessageContaining("shop-nothing:Name");
    }

    @Test
    void dropsPropertiesSetToNoValue() {
        assertThat(resolve("{\"A\":1,\"B\":{\"Ref\":\"AWS::NoValue\"},\"C\":[{\"Ref\":\"AWS::NoValue\"},2]}"))
                .isEqualTo("{\"A\":1,\"C\":[2]}");
    }

    @Test
    void refusesWhatItCannotResolve() {
        assertThatThrownBy(() -> resolve("{\"Fn::If\":[\"IsProd\",1,2]}"))
                .isInstanceOf(UnresolvableException.class)
                .hasMessageContaining("Fn::If");
        assertThatThrownBy(() -> resolve("{\"Ref\":\"Missing\"}"))
                .isInstanceOf(UnresolvableException.class)
                .hasMessageContaining("shop-data/Missing");
    }

    @Test
    void findsTheResourcesAFragmentRefersTo() {
        JsonNode fragment = JSON.readTree("{\"A\":{\"Ref\":\"Queue\"},\"B\":[{\"Fn::GetAtt\":[\"Bucket\",\"Arn\"]}],"
                + "\"C\":{\"Fn::Sub\":\"${Topic.Arn}-${AWS::Region}-${!Skip}\"}}");

        assertThat(ReferencedResources.logicalIds(fragment))
                .containsExactlyInAnyOrder("Queue", "Bucket", "Topic", "AWS::Region");
    }

    private String resolve(String json) {
        return intrinsics.resolve(STACK, JSON.readTree(json)).toString();
    }
}
