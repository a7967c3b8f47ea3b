package dev.tandem.catalog.order;

import dev.tandem.catalog.ids.CorrelationIds;
import dev.tandem.catalog.web.FieldProblem;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout. Placing an order is public; a client that may retry sends an {@code Idempotency-Key},
 * and a retry with the same key and body gets the same order back (200 rather than 201).
 */
@RestController
@RequestMapping("/api/orders")
class OrderController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Placed: stock reserved, status PENDING_PAYMENT")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the same order")
    @ApiResponse(responseCode = "400", description = "invalid-request, e.g. a quantity outside 1..100")
    @ApiResponse(responseCode = "409", description = "out-of-stock: names the products; nothing was reserved")
    @ApiResponse(responseCode = "422", description = "unknown-product, mixed-currencies, or idempotency-key-reused")
    ResponseEntity<OrderResponse> place(
            @Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) Optional<String> idempotencyKey,
            @RequestAttribute(CorrelationIds.MDC_KEY) String correlationId) {
        idempotencyKey.ifPresent(OrderController::requireAcceptable);
        OrderService.Placement placement = orders.place(request, idempotencyKey, correlationId);
        OrderResponse body = OrderResponse.of(placement.order());
        return placement.created()
                ? ResponseEntity.created(URI.create("/api/orders/" + body.orderId()))
                        .body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping("/{orderId}")
    @ApiResponse(responseCode = "200", description = "The order, with its payment status")
    @ApiResponse(responseCode = "404", description = "not-found")
    OrderResponse get(@PathVariable String orderId) {
        return orders.find(orderId)
                .map(OrderResponse::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no order " + orderId + "."));
    }

    private static void requireAcceptable(String key) {
        if (!ACCEPTABLE_KEY.matcher(key).matches()) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    "The Idempotency-Key header is invalid.",
                    Map.of(
                            "errors",
                            List.of(new FieldProblem(
                                    IDEMPOTENCY_KEY, "must be 1 to 255 visible ASCII characters, such as a UUID"))));
        }
    }
}
