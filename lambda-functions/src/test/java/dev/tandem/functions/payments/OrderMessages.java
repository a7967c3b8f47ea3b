package dev.tandem.functions.payments;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.tandem.events.EventCodec;
import dev.tandem.events.Money;
import dev.tandem.events.OrderLine;
import dev.tandem.events.OrderPlaced;
import dev.tandem.functions.platform.LambdaFixtures;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code OrderPlaced} messages as the payment-processor receives them: the envelope of the {@code
 * order-placed.json} fixture around a detail written by the shared event codec.
 */
public final class OrderMessages {

    private static final EventCodec CODEC = new EventCodec();

    private OrderMessages() {}

    /** A new order of its own id, paid with the simulated provider's {@code paymentToken}. */
    public static OrderPlaced order(String paymentToken) {
        String orderId = "ord-" + UUID.randomUUID().toString().substring(0, 12);
        return new OrderPlaced(
                UUID.randomUUID().toString(),
                Instant.now(),
                "req-" + orderId,
                OrderPlaced.VERSION,
                orderId,
                List.of(new OrderLine("prd-mug", 2, new Money(1250, "EUR"))),
                new Money(2500, "EUR"),
                paymentToken);
    }

    /** The SQS message body: an EventBridge envelope whose detail is the order. */
    public static String body(OrderPlaced order) {
        String template = LambdaFixtures.sqsEvent("order-placed.json")
                .getRecords()
                .getFirst()
                .getBody();
        ObjectNode envelope = (ObjectNode) JsonMapper.shared().readTree(template);
        envelope.put("id", UUID.randomUUID().toString());
        envelope.set("detail", JsonMapper.shared().readTree(CODEC.toDetail(order)));
        return envelope.toString();
    }

    /** One SQS event holding the given number of deliveries of the same order, each its own message. */
    static SQSEvent deliveries(OrderPlaced order, int count) {
        return LambdaFixtures.batchOf("order-placed.json", Collections.nCopies(count, body(order)));
    }

    static SQSEvent delivery(OrderPlaced order) {
        return deliveries(order, 1);
    }
}
