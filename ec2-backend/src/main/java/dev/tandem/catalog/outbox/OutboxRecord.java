package dev.tandem.catalog.outbox;

import java.time.Instant;

/**
 * An event waiting in the outbox table to be published, or recently published. Its {@code id} is
 * the event's {@code eventId}, so a consumer recognises the same record published twice.
 *
 * @param detail the event's EventBridge {@code detail}, written when the record was
 * @param pending {@value #PENDING} until the record is published, then absent; the outbox's sparse
 *     index holds exactly the records that have it
 * @param leaseUntil while a relay is publishing the record, the epoch millisecond until which it
 *     owns it; absent otherwise
 * @param expiresAt once published, the epoch second after which DynamoDB's TTL deletes the record
 */
record OutboxRecord(
        String id,
        String source,
        String detailType,
        String detail,
        String correlationId,
        Instant createdAt,
        String pending,
        Long leaseUntil,
        Instant sentAt,
        Long expiresAt) {

    static final String PENDING = "1";

    static OutboxRecord pending(
            String id, String source, String detailType, String detail, String correlationId, Instant createdAt) {
        return new OutboxRecord(id, source, detailType, detail, correlationId, createdAt, PENDING, null, null, null);
    }
}
