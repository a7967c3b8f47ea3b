package dev.tandem.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed set of Tandem events, with the EventBridge {@code source} each is published under and
 * its {@code detail-type} (the record's simple name). EventBridge rules match on these two fields.
 */
public enum EventType {
    ORDER_PLACED(OrderPlaced.class, EventSources.CATALOG),
    PAYMENT_SUCCEEDED(PaymentSucceeded.class, EventSources.PAYMENTS),
    PAYMENT_FAILED(PaymentFailed.class, EventSources.PAYMENTS),
    IMAGE_PROCESSED(ImageProcessed.class, EventSources.IMAGES),
    IMAGE_REJECTED(ImageRejected.class, EventSources.IMAGES);

    private final Class<? extends TandemEvent> recordType;
    private final String source;

    EventType(Class<? extends TandemEvent> recordType, String source) {
        this.recordType = recordType;
        this.source = source;
    }

    public Class<? extends TandemEvent> recordType() {
        return recordType;
    }

    /** The EventBridge {@code source}, e.g. {@code tandem.payments}. */
    public String source() {
        return source;
    }

    /** The EventBridge {@code detail-type}: the record's simple name, e.g. {@code PaymentFailed}. */
    public String detailType() {
        return recordType.getSimpleName();
    }

    /** Classpath location of the JSON Schema (draft 2020-12) for this event's {@code detail}. */
    public String schemaResource() {
        return "/dev/tandem/events/schema/" + detailType() + ".schema.json";
    }

    public static EventType of(TandemEvent event) {
        return switch (event) {
            case OrderPlaced e -> ORDER_PLACED;
            case PaymentSucceeded e -> PAYMENT_SUCCEEDED;
            case PaymentFailed e -> PAYMENT_FAILED;
            case ImageProcessed e -> IMAGE_PROCESSED;
            case ImageRejected e -> IMAGE_REJECTED;
        };
    }

    public static Optional<EventType> forDetailType(String detailType) {
        return Arrays.stream(values())
                .filter(type -> type.detailType().equals(detailType))
                .findFirst();
    }
}
