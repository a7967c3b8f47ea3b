package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract between the service and the functions: each event's JSON matches its published
 * schema, each fixture (a real EventBridge envelope) decodes to the expected record, and the codec
 * refuses what it cannot honour while tolerating what it does not know.
 */
class EventContractTest {

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void serialisedEventValidatesAgainstItsSchema(EventType type) {
        String detail = codec.toDetail(SampleEvents.expected(type));

        assertThat(schemas.validate(type, codec.readTree(detail))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fixtureDecodesToTheExpectedRecord(EventType type) {
        TandemEvent decoded = codec.fromEnvelope(SampleEvents.fixture(type));

        assertThat(decoded).isEqualTo(SampleEvents.expected(type));
        assertThat(decoded.type()).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fixtureIsAValidSampleOfItsSchemaAndSource(EventType type) {
        EventEnvelope envelope = codec.readEnvelope(SampleEvents.fixture(type));

        assertThat(envelope.source()).isEqualTo(type.source());
        assertThat(envelope.detailType()).isEqualTo(type.detailType());
        assertThat(schemas.validate(type, envelope.detail())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventSurvivesARoundTripThroughItsDetailJson(EventType type) {
        TandemEvent event = SampleEvents.expected(type);

        assertThat(codec.fromDetail(codec.toDetail(event), type.recordType())).isEqualTo(event);
    }

    static Stream<Arguments> requiredFields() {
        EventSchemas schemas = new EventSchemas();
        return Stream.of(EventType.values())
                .flatMap(type -> schemas.requiredFields(type).stream().map(field -> Arguments.of(type, field)));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void rejectsAnEventMissingARequiredFieldAndNamesIt(EventType type, String field) {
        ObjectNode envelope = fixtureTree(type);
        ((ObjectNode) envelope.get("detail")).remove(field);

        assertThat(schemas.validate(type, envelope.get("detail"))).isNotEmpty();
        assertThatThrownBy(() -> codec.fromEnvelope(envelope.toString()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'" + field + "'")
                .extracting(e -> ((InvalidEventException) e).field())
                .isEqualTo(field);
    }

    @Test
    void namesTheFullPathOfAMissingNestedField() {
        ObjectNode envelope = fixtureTree(EventType.ORDER_PLACED);
        ((ObjectNode) envelope.at("/detail/lines/1/unitPrice")).remove("currency");

        assertThatThrownBy(() -> codec.fromEnvelope(envelope.toString()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("currency")
                .extracting(e -> ((InvalidEventException) e).field())
                .isEqualTo("lines[1].unitPrice.currency");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void rejectsASchemaVersionItDoesNotUnderstand(EventType type) {
        ObjectNode envelope = fixtureTree(type);
        ((ObjectNode) envelope.get("detail")).put("version", 2);

        assertThat(schemas.validate(type, envelope.get("detail"))).isNotEmpty();
        assertThatThrownBy(() -> codec.fromEnvelope(envelope.toString()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'version' is 2")
                .extracting(e -> ((InvalidEventException) e).field())
                .isEqualTo("version");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void toleratesFieldsItDoesNotKnow(EventType type) {
        ObjectNode envelope = fixtureTree(type);
        envelope.put("replay-name", "archive-replay-1");
        ObjectNode detail = (ObjectNode) envelope.get("detail");
        detail.put("addedInALaterVersion", "ignored");
        detail.putObject("nestedNewcomer").put("flag", true);

        assertThat(schemas.validate(type, detail)).isEmpty();
        assertThat(codec.fromEnvelope(envelope.toString())).isEqualTo(SampleEvents.expected(type));
    }

    @Test
    void toleratesUnknownFieldsInsideNestedValues() {
        ObjectNode envelope = fixtureTree(EventType.ORDER_PLACED);
        ((ObjectNode) envelope.at("/detail/total")).put("formatted", "€49.00");

        assertThat(codec.fromEnvelope(envelope.toString())).isEqualTo(SampleEvents.expected(EventType.ORDER_PLACED));
    }

    @Test
    void rejectsAnUnknownDetailType() {
        ObjectNode envelope = fixtureTree(EventType.PAYMENT_FAILED);
        envelope.put("detail-type", "PaymentRefunded");

        assertThatThrownBy(() -> codec.fromEnvelope(envelope.toString()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("PaymentRefunded")
                .extracting(e -> ((InvalidEventException) e).field())
                .isEqualTo("detail-type");
    }

    @Test
    void rejectsAMessageBodyThatIsNotJson() {
        assertThatThrownBy(() -> codec.fromEnvelope("<html>not an event</html>"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("EventBridge envelope is invalid");
    }

    @Test
    void rejectsAFieldOfTheWrongType() {
        ObjectNode envelope = fixtureTree(EventType.ORDER_PLACED);
        ((ObjectNode) envelope.at("/detail/lines/0")).put("quantity", "two");

        assertThatThrownBy(() -> codec.fromEnvelope(envelope.toString()))
                .isInstanceOf(InvalidEventException.class)
                .extracting(e -> ((InvalidEventException) e).field())
                .isEqualTo("lines[0].quantity");
    }

    @Test
    void writesTimestampsAsIso8601Text() {
        JsonNode detail = codec.readTree(codec.toDetail(SampleEvents.expected(EventType.PAYMENT_FAILED)));

        assertThat(detail.get("occurredAt").asString()).isEqualTo("2026-11-22T10:16:01.900Z");
    }

    private ObjectNode fixtureTree(EventType type) {
        return (ObjectNode) codec.readTree(SampleEvents.fixture(type));
    }
}
