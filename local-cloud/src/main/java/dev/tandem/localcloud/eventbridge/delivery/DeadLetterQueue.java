package dev.tandem.localcloud.eventbridge.delivery;

import dev.tandem.localcloud.eventbridge.bus.Arn;

/** Where events go when a target's retries run out: an SQS queue named by the target's {@code DeadLetterConfig}. */
interface DeadLetterQueue {

    /**
     * Sends the event to the dead-letter queue, with the reasons as message attributes.
     *
     * @throws DeliveryFailure if the dead-letter queue itself cannot take it
     */
    void send(Arn queue, String eventJson, DeadLetter reasons) throws DeliveryFailure;
}
