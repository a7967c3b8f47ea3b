package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The source and detail-type of each event are what the EventBridge rules in infra match on. */
class EventTypeTest {

    @Test
    void publishesEachEventUnderItsProducersSource() {
        assertThat(EventType.ORDER_PLACED.source()).isEqualTo("tandem.catalog");
        assertThat(EventType.PAYMENT_SUCCEEDED.source()).isEqualTo("tandem.payments");
        assertThat(EventType.PAYMENT_FAILED.source()).isEqualTo("tandem.payments");
        assertThat(EventType.IMAGE_PROCESSED.source()).isEqualTo("tandem.images");
        assertThat(EventType.IMAGE_REJECTED.source()).isEqualTo("tandem.images");
    }

    @Test
    void usesTheRecordNameAsDetailType() {
        assertThat(EventType.ORDER_PLACED.detailType()).isEqualTo("OrderPlaced");
        assertThat(EventType.forDetailType("ImageRejected")).contains(EventType.IMAGE_REJECTED);
        assertThat(EventType.forDetailType("Object Created")).isEmpty();
    }
}
