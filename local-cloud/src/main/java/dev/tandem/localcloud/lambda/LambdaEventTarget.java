package dev.tandem.localcloud.lambda;

import dev.tandem.localcloud.eventbridge.Arn;
import dev.tandem.localcloud.eventbridge.Delivery;
import dev.tandem.localcloud.eventbridge.DeliveryFailure;
import dev.tandem.localcloud.eventbridge.EventTarget;
import java.util.function.Consumer;

/**
 * Lambda functions as targets of local EventBridge rules, delivered the way EventBridge delivers
 * to Lambda: as an asynchronous invocation, so the delivery succeeds as soon as the function host
 * has queued the event. From then on the function's own asynchronous retries apply, and an event
 * they give up on goes to {@code onFailure}. The rule target's dead-letter queue only receives
 * events that could not be delivered at all, such as those for a function that does not exist.
 */
public final class LambdaEventTarget implements EventTarget {

    private final FunctionHost host;
    private final AsyncInvokeConfig config;
    private final Consumer<AsyncInvocationFailure> onFailure;

    public LambdaEventTarget(FunctionHost host, AsyncInvokeConfig config, Consumer<AsyncInvocationFailure> onFailure) {
        this.host = host;
        this.config = config;
        this.onFailure = onFailure;
    }

    @Override
    public String service() {
        return "lambda";
    }

    @Override
    public void deliver(Delivery delivery) throws DeliveryFailure {
        String functionName = functionName(delivery.targetArn());
        if (!host.functionNames().contains(functionName)) {
            throw new DeliveryFailure("RESOURCE_NOT_FOUND", "Function not found: " + delivery.targetArn(), null);
        }
        host.invokeAsync(functionName, delivery.payload(), config, onFailure);
    }

    /** The name in {@code arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]}. */
    private static String functionName(Arn arn) throws DeliveryFailure {
        String[] parts = arn.resource().split(":");
        if (parts.length < 2 || !parts[0].equals("function") || parts[1].isEmpty()) {
            throw new DeliveryFailure("INVALID_PARAMETER", arn + " is not the ARN of a Lambda function", null);
        }
        return parts[1];
    }
}
