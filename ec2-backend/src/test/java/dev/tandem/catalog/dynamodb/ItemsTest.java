package dev.tandem.catalog.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemsTest {

    record Line(String productId, int quantity) {}

    record Sample(String id, long priceCents, String note, List<Line> lines, Map<String, Line> byId, Instant at) {}

    private final Sample sample = new Sample(
            "s-1",
            1999,
            null,
            List.of(new Line("p-1", 2)),
            Map.of("p-1", new Line("p-1", 2)),
            Instant.parse("2026-11-22T10:15:30Z"));

    @Test
    void storesNumbersAsNumbersAndNestedRecordsAsMapsAndLists() {
        Map<String, AttributeValue> item = Items.toItem(sample);

        assertThat(item.get("priceCents").n()).isEqualTo("1999");
        assertThat(item.get("lines").l().getFirst().m().get("quantity").n()).isEqualTo("2");
        assertThat(item.get("byId").m().get("p-1").m().get("productId").s()).isEqualTo("p-1");
        assertThat(item.get("at").s()).isEqualTo("2026-11-22T10:15:30Z");
    }

    @Test
    void leavesNullFieldsOutOfTheItem() {
        assertThat(Items.toItem(sample)).doesNotContainKey("note");
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(Items.fromItem(Items.toItem(sample), Sample.class)).isEqualTo(sample);
    }

    @Test
    void convertsASingleValueForUpdateExpressions() {
        assertThat(Items.toAttribute(new Line("p-2", 5)).m().get("quantity").n())
                .isEqualTo("5");
    }
}
