package dev.tandem.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.junit.LocalAwsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;

/** {@code TestEventPattern}, https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TestEventPattern.html. */
@ExtendWith(LocalAwsExtension.class)
class EventPatternTestingIT {

    private static final String ORDER_PLACED = """
            {"version":"0","id":"6f1c3a7e-0d6b-4c55-9a43-2b0f4a0e9a11","detail-type":"OrderPlaced",
             "source":"tandem.catalog","account":"000000000000","time":"2026-12-03T12:00:00Z",
             "region":"us-east-1","resources":[],"detail":{"orderId":"o-1","total":42.5}}""";

    private final EventBridgeClient events;

    EventPatternTestingIT(EventBridgeClient events) {
        this.events = events;
    }

    @Test
    void saysWhetherThePatternMatchesTheEvent() {
        assertThat(test("""
                        {"source":["tandem.catalog"],"detail":{"total":[{"numeric":[">",40]}]}}""")).isTrue();
        assertThat(test("""
                        {"source":["tandem.catalog"],"detail":{"total":[{"numeric":["<",40]}]}}""")).isFalse();
        assertThat(test("""
                        {"detail-type":["OrderShipped"]}""")).isFalse();
    }

    @Test
    void refusesAPatternThatARuleCouldNotHave() {
        assertThatThrownBy(() -> test("""
                        {"source":"tandem.catalog"}"""))
                .isInstanceOf(InvalidEventPatternException.class)
                .hasMessageContaining("Event pattern is not valid");
    }

    @Test
    void refusesAnEventWithoutItsMandatoryFields() {
        assertThatThrownBy(() -> events.testEventPattern(request -> request.event("{\"source\":\"tandem.catalog\"}")
                        .eventPattern("{\"source\":[\"tandem.catalog\"]}")))
                .isInstanceOfSatisfying(
                        EventBridgeException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
                .hasMessageContaining("detail-type");
    }

    private boolean test(String pattern) {
        return events.testEventPattern(request -> request.event(ORDER_PLACED).eventPattern(pattern))
                .result();
    }
}
