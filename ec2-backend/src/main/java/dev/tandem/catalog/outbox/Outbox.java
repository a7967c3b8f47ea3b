package dev.tandem.catalog.outbox;

import dev.tandem.catalog.config.TandemProperties;
import dev.tandem.catalog.dynamodb.Items;
import dev.tandem.events.EventCodec;
import dev.tandem.events.TandemEvent;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The write side of the transactional outbox: a feature that changes state and must announce it
 * adds {@link #put(TandemEvent)} to the same DynamoDB transaction as the change, so the event is
 * recorded if and only if the change happened. {@link OrderOutboxRelay} publishes it later.
 */
@Component
public final class Outbox {

    private final String tableName;
    private final EventCodec codec;

    Outbox(TandemProperties properties, EventCodec codec) {
        this.tableName = properties.tables().outbox();
        this.codec = codec;
    }

    /** The transaction item that records {@code event} for publication, under its {@code eventId}. */
    public TransactWriteItem put(TandemEvent event) {
        OutboxRecord record = OutboxRecord.pending(
                event.eventId(),
                event.type().source(),
                event.type().detailType(),
                codec.toDetail(event),
                event.correlationId(),
                event.occurredAt());
        return TransactWriteItem.builder()
                .put(put -> put.tableName(tableName)
                        .item(Items.toItem(record))
                        .conditionExpression("attribute_not_exists(id)"))
                .build();
    }
}
