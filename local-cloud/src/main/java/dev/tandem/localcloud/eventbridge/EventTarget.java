package dev.tandem.localcloud.eventbridge;

/** Delivers events to the targets local EventBridge supports: SQS queues ({@link SqsEventTarget}). */
interface EventTarget {

    /**
     * Delivers one event, synchronously.
     *
     * @throws DeliveryFailure if the target did not take the event; local EventBridge then retries or dead-letters
     */
    void deliver(Delivery delivery) throws DeliveryFailure;
}
