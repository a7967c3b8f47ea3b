package dev.tandem.catalog.order;

import dev.tandem.catalog.dynamodb.DynamoDbTransactions;
import dev.tandem.catalog.inbox.InboxHandler;
import dev.tandem.catalog.product.ProductInventory;
import dev.tandem.events.EventType;
import dev.tandem.events.PaymentFailed;
import dev.tandem.events.PaymentSucceeded;
import dev.tandem.events.TandemEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Applies the payment-processor's results. Only a {@code PENDING_PAYMENT} order changes: a paid
 * order stays paid whatever arrives later, and a failed payment gives the stock back in the same
 * transaction that marks the order failed, so a redelivery finds nothing left to release.
 */
@Component
class PaymentResultHandler implements InboxHandler {

    private static final Logger log = LoggerFactory.getLogger(PaymentResultHandler.class);

    private final OrderRepository orders;
    private final ProductInventory inventory;
    private final DynamoDbTransactions transactions;

    PaymentResultHandler(OrderRepository orders, ProductInventory inventory, DynamoDbTransactions transactions) {
        this.orders = orders;
        this.inventory = inventory;
        this.transactions = transactions;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.PAYMENT_SUCCEEDED, EventType.PAYMENT_FAILED);
    }

    @Override
    public void apply(TandemEvent event) {
        switch (event) {
            case PaymentSucceeded succeeded -> paid(succeeded);
            case PaymentFailed failed -> failed(failed);
            default -> throw new IllegalArgumentException("not a payment result: " + event.type());
        }
    }

    private void paid(PaymentSucceeded event) {
        if (orders.markPaid(event.orderId(), event.paymentId(), event.occurredAt())) {
            log.info("Order {} is PAID (payment {})", event.orderId(), event.paymentId());
            return;
        }
        Optional<Order> order = orders.find(event.orderId());
        if (order.isPresent() && order.get().status() == OrderStatus.PAYMENT_FAILED) {
            log.warn(
                    "Payment {} charged order {}, whose payment had already failed and whose stock was released: "
                            + "the charge needs a refund",
                    event.paymentId(),
                    event.orderId());
        } else {
            log.info("Ignored PaymentSucceeded {} for order {}: {}", event.eventId(), event.orderId(), describe(order));
        }
    }

    private void failed(PaymentFailed event) {
        Optional<Order> order = orders.find(event.orderId());
        if (order.isEmpty() || order.get().status() != OrderStatus.PENDING_PAYMENT) {
            log.info("Ignored PaymentFailed {} for order {}: {}", event.eventId(), event.orderId(), describe(order));
            return;
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(orders.failPayment(event.orderId(), event.reason(), event.occurredAt()));
        order.get()
                .lines()
                .forEach(line -> writes.add(inventory.release(line.productId(), line.quantity(), event.occurredAt())));
        try {
            transactions.write(writes);
            log.info("Order {} is PAYMENT_FAILED ({}); released its stock", event.orderId(), event.reason());
        } catch (TransactionCanceledException e) {
            if (!DynamoDbTransactions.conditionFailed(e, 0)) {
                throw e;
            }
            log.info(
                    "Ignored PaymentFailed {} for order {}: a concurrent delivery applied it",
                    event.eventId(),
                    event.orderId());
        }
    }

    private static String describe(Optional<Order> order) {
        return order.map(found -> "the order is already " + found.status()).orElse("there is no such order");
    }
}
