/**
 * Fault injection for drills: rules that make chosen calls through the edge fail, slow down or lose their
 * connection, so that retries, dead-letter queues and alarms can be watched doing their work. Read {@link
 * dev.tandem.localcloud.faults.FaultPlan} first; {@link dev.tandem.localcloud.faults.FaultRules} reads rules from JSON
 * and {@link dev.tandem.localcloud.faults.FaultControlHandler} lets a drill change them while local-cloud runs.
 */
package dev.tandem.localcloud.faults;
