package dev.tandem.localcloud.eventbridge.delivery;

/** Delivers events to the targets local EventBridge supports: SQS queues ({@link SqsTargetSender}). */
interface TargetSender {

    /**
     * Delivers one event, synchronously.
     *
     * @throws DeliveryFailure if the target did not take the event; local EventBridge then retries or dead-letters
     */
    void deliver(OutboundEvent delivery) throws DeliveryFailure;
}
