/**
 * Delivery of matched events to SQS targets, with the target's retry policy and dead-letter queue. Read {@link
 * dev.tandem.localcloud.eventbridge.delivery.TargetDeliveries} first.
 */
package dev.tandem.localcloud.eventbridge.delivery;
