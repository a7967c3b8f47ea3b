/**
 * The faults the edge can inject into a call (delays, error replies, dropped connections, crashes) and the hook a
 * fault drill plugs in to choose them. Read {@link dev.tandem.localcloud.edge.fault.Fault} first, then {@link
 * dev.tandem.localcloud.edge.fault.FaultSource}.
 */
package dev.tandem.localcloud.edge.fault;
