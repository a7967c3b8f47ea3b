package dev.tandem.localcloud.eventbridge.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EventEnvelopeTest {

    private final EventEntry entry = new EventEntry(
            "default",
            "tandem.catalog",
            "OrderPlaced",
            "{\"orderId\":\"o-1\",\"total\":42.5}",
            List.of("arn:aws:dynamodb:us-east-1:000000000000:table/orders"),
            Instant.parse("2026-11-22T10:15:30.789Z"));

    @Test
    void wrapsTheEntryInTheEnvelopeAwsDeliversInAwsFieldOrder() {
        ObjectNode json =
                EventEnvelope.accept(entry, "000000000000", "us-east-1").toJson();

        assertThat(json.propertyNames())
                .containsExactly(
                        "version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail");
        assertThat(json.get("version").stringValue()).isEqualTo("0");
        assertThat(json.get("detail-type").stringValue()).isEqualTo("OrderPlaced");
        assertThat(json.get("source").stringValue()).isEqualTo("tandem.catalog");
        assertThat(json.get("account").stringValue()).isEqualTo("000000000000");
        assertThat(json.get("region").stringValue()).isEqualTo("us-east-1");
        assertThat(json.get("resources").get(0).stringValue())
                .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/orders");
    }

    @Test
    void carriesTheDetailAsJsonRatherThanAsText() {
        ObjectNode json =
                EventEnvelope.accept(entry, "000000000000", "us-east-1").toJson();

        assertThat(json.get("detail").isObject()).isTrue();
        assertThat(json.get("detail").get("total").doubleValue()).isEqualTo(42.5);
    }

    @Test
    void writesTheTimeInWholeSeconds() {
        ObjectNode json =
                EventEnvelope.accept(entry, "000000000000", "us-east-1").toJson();

        assertThat(json.get("time").stringValue()).isEqualTo("2026-11-22T10:15:30Z");
    }

    @Test
    void givesEveryEventItsOwnId() {
        EventEnvelope first = EventEnvelope.accept(entry, "000000000000", "us-east-1");
        EventEnvelope second = EventEnvelope.accept(entry, "000000000000", "us-east-1");

        assertThat(first.id()).isNotEqualTo(second.id()).matches("[0-9a-f-]{36}");
    }
}
