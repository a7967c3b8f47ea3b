package dev.tandem.catalog;

import dev.tandem.events.EventCodec;
import dev.tandem.events.ImageProcessed;
import dev.tandem.events.ImageRejected;
import dev.tandem.events.Money;
import dev.tandem.events.PaymentFailed;
import dev.tandem.events.PaymentFailureReason;
import dev.tandem.events.PaymentSucceeded;
import dev.tandem.events.RejectionReason;
import dev.tandem.events.Rendition;
import dev.tandem.events.TandemEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.system.CapturedOutput;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * The Lambda functions' side of the conversation: their result events, put on the bus the way they
 * put them, so that the bus's rule delivers real EventBridge envelopes to the service's inbox.
 */
public final class TestEvents {

    private static final EventCodec CODEC = new EventCodec();

    private TestEvents() {}

    public static void publish(EventBridgeClient eventBridge, TandemEvent event) {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .eventBusName(LocalCloudResources.BUS)
                .source(event.type().source())
                .detailType(event.type().detailType())
                .detail(CODEC.toDetail(event))
                .build();
        PutEventsResponse response = eventBridge.putEvents(request -> request.entries(entry));
        if (response.failedEntryCount() > 0) {
            throw new IllegalStateException("the bus refused " + event + ": " + response.entries());
        }
    }

    /** How many times the inbox has handled the event so far, according to the service's log. */
    public static long timesHandled(CapturedOutput output, TandemEvent event) {
        String line = "Handled " + event.type().detailType() + " " + event.eventId();
        return output.getOut().lines().filter(logged -> logged.contains(line)).count();
    }

    public static PaymentSucceeded paymentSucceeded(String orderId, long amountMinor) {
        return new PaymentSucceeded(
                id(),
                Instant.now(),
                "it-payments",
                PaymentSucceeded.VERSION,
                orderId,
                "pay_" + id(),
                new Money(amountMinor, "EUR"));
    }

    public static PaymentFailed paymentFailed(String orderId, PaymentFailureReason reason) {
        return new PaymentFailed(id(), Instant.now(), "it-payments", PaymentFailed.VERSION, orderId, reason);
    }

    public static ImageProcessed imageProcessed(String productId, String imageId, List<Rendition> renditions) {
        return new ImageProcessed(
                id(),
                Instant.now(),
                "it-images",
                ImageProcessed.VERSION,
                productId,
                imageId,
                "uploads/" + productId + "/" + imageId,
                renditions);
    }

    public static ImageRejected imageRejected(String productId, String imageId, RejectionReason reason) {
        return new ImageRejected(
                id(),
                Instant.now(),
                "it-images",
                ImageRejected.VERSION,
                productId,
                imageId,
                "uploads/" + productId + "/" + imageId,
                reason,
                "13000 x 13000 pixels");
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
