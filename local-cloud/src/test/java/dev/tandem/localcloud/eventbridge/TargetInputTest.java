package dev.tandem.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class TargetInputTest {

    private final ObjectNode envelope = (ObjectNode) json(
            "{\"version\":\"0\",\"source\":\"aws.s3\",\"detail\":{\"object\":{\"key\":\"uploads/p1/i1\",\"size\":5}}}");

    @Test
    void sendsTheWholeEnvelopeWhenTheTargetHasNoInputSettings() throws DeliveryFailure {
        TargetInput input = TargetInput.of(json("{\"Id\":\"t\",\"Arn\":\"arn:aws:sqs:us-east-1:0:q\"}"));

        assertThat(json(input.render(envelope))).isEqualTo(envelope);
    }

    @Test
    void sendsAConstantInputAsGiven() throws DeliveryFailure {
        TargetInput input = TargetInput.of(json("{\"Input\":\"{\\\"fixed\\\":true}\"}"));

        assertThat(input.render(envelope)).isEqualTo("{\"fixed\":true}");
    }

    @Test
    void sendsThePartOfTheEventAnInputPathSelects() throws DeliveryFailure {
        assertThat(TargetInput.of(json("{\"InputPath\":\"$.detail.object\"}")).render(envelope))
                .isEqualTo("{\"key\":\"uploads/p1/i1\",\"size\":5}");
        assertThat(TargetInput.of(json("{\"InputPath\":\"$.detail.object.key\"}"))
                        .render(envelope))
                .isEqualTo("\"uploads/p1/i1\"");
    }

    @Test
    void failsTheDeliveryWhenTheInputPathSelectsNothing() {
        TargetInput input = TargetInput.of(json("{\"InputPath\":\"$.detail.missing\"}"));

        assertThatThrownBy(() -> input.render(envelope))
                .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.errorCode())
                        .isEqualTo("INVALID_PARAMETER"));
    }

    @Test
    void refusesInputFormsItCannotHonour() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TargetInput.of(json("{\"InputTransformer\":{\"InputTemplate\":\"x\"}}")))
                .withMessageContaining("InputTransformer");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TargetInput.of(json("{\"InputPath\":\"$.detail.items[0]\"}")))
                .withMessageContaining("chain of field names");
        assertThatIllegalArgumentException().isThrownBy(() -> TargetInput.of(json("{\"Input\":\"not json\"}")));
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
