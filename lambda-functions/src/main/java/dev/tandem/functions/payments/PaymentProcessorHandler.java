package dev.tandem.functions.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.tandem.events.EventCodec;
import dev.tandem.events.OrderPlaced;
import dev.tandem.events.PaymentFailed;
import dev.tandem.events.PaymentFailureReason;
import dev.tandem.events.TandemEvent;
import dev.tandem.functions.platform.EventBusPublisher;
import dev.tandem.functions.platform.FunctionEnvironment;
import dev.tandem.functions.platform.SdkClients;
import dev.tandem.functions.platform.SnapStartPriming;
import dev.tandem.functions.platform.SqsBatch;
import java.time.Clock;
import java.time.Instant;
import software.amazon.awssdk.core.warmup.SdkWarmUp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The payment-processor function: an SQS batch of {@code OrderPlaced} events in, {@code
 * PaymentSucceeded} or {@code PaymentFailed} on the bus out. Handler string: {@code
 * dev.tandem.functions.payments.PaymentProcessorHandler::handleRequest}.
 *
 * <p>Environment: {@code IDEMPOTENCY_TABLE_NAME}, {@code EVENT_BUS_NAME}, and the SDK's own {@code
 * AWS_REGION} and optional {@code AWS_ENDPOINT_URL}.
 */
public final class PaymentProcessorHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final SqsBatch batch = new SqsBatch("payment-processor");
    private final EventCodec codec;
    private final PaymentProcessor processor;
    private final Clock clock;
    // Held so that CRaC, which keeps its resources only weakly, still has it at the snapshot.
    private final SnapStartPriming priming;

    /** Builds the SDK clients once per execution environment, outside any invocation. */
    public PaymentProcessorHandler() {
        this(
                SdkClients.configure(DynamoDbClient.builder()).build(),
                SdkClients.configure(EventBridgeClient.builder()).build(),
                FunctionEnvironment.require("IDEMPOTENCY_TABLE_NAME"),
                FunctionEnvironment.require("EVENT_BUS_NAME"),
                new SimulatedPaymentProvider(),
                Clock.systemUTC());
    }

    PaymentProcessorHandler(
            DynamoDbClient dynamoDb,
            EventBridgeClient eventBridge,
            String tableName,
            String busName,
            PaymentProvider provider,
            Clock clock) {
        this.codec = new EventCodec();
        this.clock = clock;
        this.processor = new PaymentProcessor(
                new IdempotencyStore(dynamoDb, tableName, codec),
                provider,
                new EventBusPublisher(eventBridge, busName, codec),
                clock);
        this.priming = SnapStartPriming.register(() -> {
            SdkWarmUp.warmUp(DynamoDbClient.class, EventBridgeClient.class);
            codec.toDetail(new PaymentFailed(
                    "priming",
                    clock.instant(),
                    "priming",
                    PaymentFailed.VERSION,
                    "priming",
                    PaymentFailureReason.CARD_DECLINED));
        });
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        Instant deadline = clock.instant().plusMillis(context.getRemainingTimeInMillis());
        return batch.process(event, context, message -> processor.process(orderPlaced(message.getBody()), deadline));
    }

    private OrderPlaced orderPlaced(String body) {
        TandemEvent event = codec.fromEnvelope(body);
        if (event instanceof OrderPlaced order) {
            return order;
        }
        throw new IllegalArgumentException(
                "expected OrderPlaced but got " + event.type().detailType());
    }
}
