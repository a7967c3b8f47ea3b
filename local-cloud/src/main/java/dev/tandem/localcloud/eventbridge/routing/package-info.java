/**
 * Puts an event on a bus: builds its envelope and matches it against the bus's rules with AWS's Event Ruler. Read
 * {@link dev.tandem.localcloud.eventbridge.routing.EventRouter} first.
 */
package dev.tandem.localcloud.eventbridge.routing;
