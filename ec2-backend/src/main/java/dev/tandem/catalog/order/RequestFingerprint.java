package dev.tandem.catalog.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;

/**
 * A digest of what an order request asks for, stored with its {@code Idempotency-Key}: a retry
 * with the same key must ask for the same thing. Line order does not matter, and the payment
 * token is hashed, never stored.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(PlaceOrderRequest request) {
        StringBuilder canonical = new StringBuilder();
        request.items().stream()
                .sorted(Comparator.comparing(PlaceOrderRequest.Item::productId))
                .forEach(item -> field(canonical, item.productId())
                        .append(item.quantity())
                        .append(';'));
        field(canonical, request.paymentToken());
        field(canonical, request.customerEmail());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Length-prefixed, so that no two different requests can produce the same canonical text. */
    private static StringBuilder field(StringBuilder canonical, String value) {
        return canonical.append(value.length()).append(':').append(value);
    }
}
