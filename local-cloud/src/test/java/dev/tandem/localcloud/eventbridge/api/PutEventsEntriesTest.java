package dev.tandem.localcloud.eventbridge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.routing.EventEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PutEventsEntriesTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void acceptsAnEntryWithSourceDetailTypeAndAnObjectDetail() {
        assertThat(PutEventsEntries.problemWith(entry("{\"Source\":\"tandem.catalog\",\"DetailType\":\"OrderPlaced\","
                        + "\"Detail\":\"{\\\"orderId\\\":\\\"o-1\\\"}\"}")))
                .isEmpty();
    }

    @Test
    void reportsTheFirstMissingMemberInAwsOrder() {
        assertThat(PutEventsEntries.problemWith(entry("{}")))
                .contains(new EntryError(
                        "InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument."));
        assertThat(PutEventsEntries.problemWith(entry("{\"Source\":\"s\",\"Detail\":\"{}\"}")))
                .contains(new EntryError(
                        "InvalidArgument",
                        "Parameter DetailType is not valid. Reason: DetailType is a required argument."));
        assertThat(PutEventsEntries.problemWith(entry("{\"Source\":\"s\",\"DetailType\":\"t\"}")))
                .contains(new EntryError(
                        "InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument."));
    }

    @Test
    void refusesADetailThatIsNotAJsonObject() {
        EntryError malformed = new EntryError("MalformedDetail", "Detail is malformed.");

        assertThat(PutEventsEntries.problemWith(entry("{\"Source\":\"s\",\"DetailType\":\"t\",\"Detail\":\"{oops\"}")))
                .contains(malformed);
        assertThat(PutEventsEntries.problemWith(entry("{\"Source\":\"s\",\"DetailType\":\"t\",\"Detail\":\"[1,2]\"}")))
                .contains(malformed);
    }

    @Test
    void refusesSourcesReservedForAwsServices() {
        assertThat(PutEventsEntries.problemWith(
                        entry("{\"Source\":\"aws.s3\",\"DetailType\":\"t\",\"Detail\":\"{}\"}")))
                .contains(new EntryError("NotAuthorizedForSourceException", "Not authorized for the source."));
    }

    @Test
    void countsAnEntrysSizeTheWayAwsDoes() {
        JsonNode entry = entry("{\"Time\":1,\"Source\":\"ab\",\"DetailType\":\"cd\",\"Detail\":\"{}\","
                + "\"Resources\":[\"r1\",\"é\"]}");

        assertThat(PutEventsEntries.size(entry)).isEqualTo(14 + 2 + 2 + 2 + 2 + 2);
    }

    @Test
    void readsTheTimeAsSecondsSinceTheEpochOrAsIsoText() {
        JsonNode epoch = entry("{\"Source\":\"s\",\"DetailType\":\"t\",\"Detail\":\"{}\",\"Time\":1795000000.25}");
        JsonNode iso =
                entry("{\"Source\":\"s\",\"DetailType\":\"t\",\"Detail\":\"{}\",\"Time\":\"2026-01-02T03:04:05Z\"}");

        assertThat(PutEventsEntries.toEventEntry(epoch, "default", NOW).time())
                .isEqualTo(Instant.ofEpochMilli(1_795_000_000_250L));
        assertThat(PutEventsEntries.toEventEntry(iso, "default", NOW).time()).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void takesTheCurrentTimeWhenTheEntryHasNone() {
        EventEntry accepted = PutEventsEntries.toEventEntry(
                entry("{\"Source\":\"s\",\"DetailType\":\"t\",\"Detail\":\"{}\"}"), "orders", NOW);

        assertThat(accepted.time()).isEqualTo(NOW);
        assertThat(accepted.eventBusName()).isEqualTo("orders");
        assertThat(accepted.resources()).isEmpty();
    }

    @Test
    void refusesATimeThatIsNotATimestamp() {
        JsonNode entry = entry("{\"Source\":\"s\",\"DetailType\":\"t\",\"Detail\":\"{}\",\"Time\":\"yesterday\"}");

        assertThatThrownBy(() -> PutEventsEntries.toEventEntry(entry, "default", NOW))
                .isInstanceOf(EventBridgeException.class)
                .hasMessageContaining("yesterday");
    }

    private static JsonNode entry(String json) {
        return JsonMapper.shared().readTree(json);
    }
}
