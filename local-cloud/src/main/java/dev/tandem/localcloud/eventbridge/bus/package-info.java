/**
 * The event buses, their rules and the rules' targets as the control-plane operations define them. Read {@link
 * dev.tandem.localcloud.eventbridge.bus.EventBus} first; {@link dev.tandem.localcloud.eventbridge.bus.RuleTarget} is
 * one target of one rule.
 */
package dev.tandem.localcloud.eventbridge.bus;
