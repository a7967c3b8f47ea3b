package dev.tandem.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The records that the fixture files under {@code fixtures/} must decode to, one per event type. */
final class SampleEvents {

    private SampleEvents() {}

    static TandemEvent expected(EventType type) {
        return switch (type) {
            case ORDER_PLACED ->
                new OrderPlaced(
                        "0b7c4b7e-6a57-4d4c-9a0e-5f6c2a8d1e01",
                        Instant.parse("2026-11-22T10:15:29.123Z"),
                        "req-7f3a9c",
                        1,
                        "ord-01JD4X3K8Q",
                        List.of(
                                new OrderLine("prd-mug", 2, new Money(1250, "EUR")),
                                new OrderLine("prd-tee", 1, new Money(2400, "EUR"))),
                        new Money(4900, "EUR"),
                        "tok_visa");
            case PAYMENT_SUCCEEDED ->
                new PaymentSucceeded(
                        "9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
                        Instant.parse("2026-11-22T10:15:31.500Z"),
                        "req-7f3a9c",
                        1,
                        "ord-01JD4X3K8Q",
                        "ch_ord-01JD4X3K8Q",
                        new Money(4900, "EUR"));
            case PAYMENT_FAILED ->
                new PaymentFailed(
                        "ae2f3a4b-5c6d-4e7f-9081-92a3b4c5d6e7",
                        Instant.parse("2026-11-22T10:16:01.900Z"),
                        "req-81bb02",
                        1,
                        "ord-01JD4X9Z2M",
                        PaymentFailureReason.CARD_DECLINED);
            case IMAGE_PROCESSED ->
                new ImageProcessed(
                        "bf3a4b5c-6d7e-4f80-a192-a3b4c5d6e7f8",
                        Instant.parse("2026-11-22T10:20:04.750Z"),
                        "upl-5c2e10",
                        1,
                        "prd-mug",
                        "img-4471",
                        "uploads/prd-mug/img-4471",
                        List.of(
                                rendition("thumbnail", 200, 150, 9120),
                                rendition("medium", 800, 600, 88410),
                                rendition("large", 1600, 1200, 301977)));
            case IMAGE_REJECTED ->
                new ImageRejected(
                        "c04b5c6d-7e8f-4091-b2a3-b4c5d6e7f809",
                        Instant.parse("2026-11-22T10:21:09.010Z"),
                        "upl-77ad31",
                        1,
                        "prd-mug",
                        "img-4472",
                        "uploads/prd-mug/img-4472",
                        RejectionReason.PIXEL_LIMIT,
                        "header claims 50000x50000 pixels (2500.0 MP); the limit is 40 MP");
        };
    }

    /** The fixture file: a full EventBridge envelope, as an SQS message body carries it. */
    static String fixture(EventType type) {
        return resource("/fixtures/" + type.detailType() + ".json");
    }

    static String resource(String path) {
        try (InputStream in = SampleEvents.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rendition rendition(String name, int width, int height, long sizeBytes) {
        return new Rendition(
                name, width, height, "image/jpeg", "renditions/prd-mug/img-4471/" + name + ".jpg", sizeBytes);
    }
}
