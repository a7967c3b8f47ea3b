package dev.tandem.localcloud.eventbridge;

/**
 * Delivers events to the targets of one AWS service, chosen by the service part of a target's ARN. local-cloud
 * registers an SQS implementation; other services (Lambda) are added by registering their own implementation with
 * {@link EventBridgeEmulator#registerTarget(EventTarget)}. {@code PutTargets} refuses targets of a service that has
 * none, rather than accepting events it could never deliver.
 */
public interface EventTarget {

    /** The service part of the ARNs this target handles, e.g. {@code sqs}. */
    String service();

    /**
     * Delivers one event, synchronously.
     *
     * @throws DeliveryFailure if the target did not take the event; local EventBridge then retries or dead-letters
     */
    void deliver(Delivery delivery) throws DeliveryFailure;
}
