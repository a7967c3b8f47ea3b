/**
 * What the edge tells of each call it answered, for the call trail and the IAM report: {@link
 * dev.tandem.localcloud.edge.calls.CallRecord}, handed to each {@link dev.tandem.localcloud.edge.calls.CallListener}.
 */
package dev.tandem.localcloud.edge.calls;
