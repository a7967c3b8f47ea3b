package dev.tandem.catalog.order;

import dev.tandem.catalog.dynamodb.DynamoDbTransactions;
import dev.tandem.catalog.ids.Ids;
import dev.tandem.catalog.outbox.Outbox;
import dev.tandem.catalog.product.ProductInventory;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Places orders. One DynamoDB transaction writes the order, reserves every line's stock, records
 * {@code OrderPlaced} in the outbox and, with an {@code Idempotency-Key}, claims the key: if any
 * line is short, or the key is taken, none of it happens.
 */
@Service
class OrderService {

    static final Duration KEEP_IDEMPOTENCY_KEYS = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository orders;
    private final ProductInventory inventory;
    private final Outbox outbox;
    private final DynamoDbTransactions transactions;
    private final Clock clock = Clock.systemUTC();

    OrderService(OrderRepository orders, ProductInventory inventory, Outbox outbox, DynamoDbTransactions transactions) {
        this.orders = orders;
        this.inventory = inventory;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** @param created false when an earlier request with the same idempotency key created the order */
    record Placement(Order order, boolean created) {}

    Placement place(PlaceOrderRequest request, Optional<String> idempotencyKey, String correlationId) {
        OrderPricing.requireDistinctProducts(request.items());
        String fingerprint = RequestFingerprint.of(request);
        Instant now = clock.instant();
        Optional<IdempotencyClaim> earlier = idempotencyKey.flatMap(key -> orders.findClaim(key, now));
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        List<String> productIds =
                request.items().stream().map(PlaceOrderRequest.Item::productId).toList();
        OrderPricing.PricedLines priced = OrderPricing.price(
                request.items(),
                inventory.prices(productIds.stream().filter(Ids::isWellFormed).toList()));
        Order order = new Order(
                Ids.newId(),
                OrderStatus.PENDING_PAYMENT,
                priced.lines(),
                priced.totalCents(),
                priced.currency(),
                request.customerEmail(),
                null,
                null,
                correlationId,
                now,
                now);

        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(orders.put(order));
        order.lines().forEach(line -> writes.add(inventory.reserve(line.productId(), line.quantity(), now)));
        writes.add(outbox.put(order.placedEvent(Ids.newId(), request.paymentToken())));
        idempotencyKey.ifPresent(key -> writes.add(orders.claim(
                new IdempotencyClaim(
                        IdempotencyClaim.idOf(key),
                        order.id(),
                        fingerprint,
                        now,
                        now.plus(KEEP_IDEMPOTENCY_KEYS).getEpochSecond()),
                now)));
        try {
            transactions.write(writes);
        } catch (TransactionCanceledException e) {
            if (idempotencyKey.isPresent() && DynamoDbTransactions.conditionFailed(e, writes.size() - 1)) {
                // A concurrent request with the same key won the race.
                return replay(orders.findClaim(idempotencyKey.get(), now).orElseThrow(() -> e), fingerprint);
            }
            throw outOfStockOrBusy(e, order);
        }
        log.info(
                "Placed order {}: {} line(s), {} {}",
                order.id(),
                order.lines().size(),
                order.totalCents(),
                order.currency());
        return new Placement(order, true);
    }

    Optional<Order> find(String orderId) {
        return Ids.isWellFormed(orderId) ? orders.find(orderId) : Optional.empty();
    }

    private Placement replay(IdempotencyClaim claim, String fingerprint) {
        if (!claim.fingerprint().equals(fingerprint)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different order request; use a new key for a new order.");
        }
        Order order = orders.find(claim.orderId())
                .orElseThrow(() -> new IllegalStateException("claim names missing order " + claim.orderId()));
        log.info("Replayed order {} for a retried request", order.id());
        return new Placement(order, false);
    }

    /** Lines sit at indexes 1..n of the transaction, right after the order. */
    private static RuntimeException outOfStockOrBusy(TransactionCanceledException e, Order order) {
        List<String> shortProducts = IntStream.range(0, order.lines().size())
                .filter(line -> DynamoDbTransactions.conditionFailed(e, 1 + line))
                .mapToObj(line -> order.lines().get(line).productId())
                .toList();
        if (!shortProducts.isEmpty()) {
            return new ProblemException(
                    ProblemType.OUT_OF_STOCK,
                    "Not enough stock of product " + String.join(", ", shortProducts) + "; nothing was reserved.",
                    Map.of("productIds", shortProducts));
        }
        if (DynamoDbTransactions.onlyConflicts(e)) {
            return new ProblemException(ProblemType.BUSY, "The products are in high demand; retry the order.");
        }
        return e;
    }
}
