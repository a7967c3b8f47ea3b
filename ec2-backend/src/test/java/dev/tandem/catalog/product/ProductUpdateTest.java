package dev.tandem.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ProductUpdateTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void setsOnlyTheChangedFieldsAndTheUpdateTime() {
        ProductUpdate update = ProductUpdate.of(new ProductChanges("Big mug", null, null, 7), NOW);

        assertThat(update.expression()).isEqualTo("SET #name = :name, #stock = :stock, #updatedAt = :updatedAt");
        assertThat(update.names()).containsOnlyKeys("#name", "#stock", "#updatedAt");
        assertThat(update.values())
                .containsEntry(":name", AttributeValue.fromS("Big mug"))
                .containsEntry(":stock", AttributeValue.fromN("7"))
                .containsEntry(":updatedAt", AttributeValue.fromS("2026-11-22T12:00:00Z"))
                .hasSize(3);
    }

    @Test
    void storesThePriceAsANumber() {
        ProductUpdate update = ProductUpdate.of(new ProductChanges(null, null, 1999L, null), NOW);

        assertThat(update.values()).containsEntry(":priceCents", AttributeValue.fromN("1999"));
    }

    @Test
    void keepsAnEmptyDescriptionAsAChange() {
        ProductUpdate update = ProductUpdate.of(new ProductChanges(null, "", null, null), NOW);

        assertThat(update.values()).containsEntry(":description", AttributeValue.fromS(""));
    }
}
