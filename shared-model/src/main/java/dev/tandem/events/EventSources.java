package dev.tandem.events;

/** The EventBridge {@code source} values Tandem publishes under, one per producing component. */
public final class EventSources {

    /** The catalog and order service on EC2. */
    public static final String CATALOG = "tandem.catalog";

    /** The image-resizer function. */
    public static final String IMAGES = "tandem.images";

    /** The payment-processor function. */
    public static final String PAYMENTS = "tandem.payments";

    private EventSources() {}
}
