package dev.tandem.catalog.order;

import java.time.Instant;

/**
 * The claims-table item that remembers which order an {@code Idempotency-Key} created, and what
 * the request asked for. Written in the order's own transaction, so a key and its order exist
 * together or not at all.
 *
 * @param fingerprint the {@link RequestFingerprint} of the request that used the key
 * @param expiresAt the epoch second after which the key may be used afresh (DynamoDB's TTL then
 *     deletes the item)
 */
record IdempotencyClaim(String id, String orderId, String fingerprint, Instant createdAt, long expiresAt) {

    static String idOf(String idempotencyKey) {
        return "idempotency#" + idempotencyKey;
    }

    boolean expiredAt(Instant now) {
        return expiresAt < now.getEpochSecond();
    }
}
