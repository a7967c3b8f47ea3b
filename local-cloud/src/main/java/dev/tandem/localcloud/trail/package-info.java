/**
 * The call trail: a record of every call the edge answered, who made it, what it asked for and how it ended, much
 * as CloudTrail records API calls on AWS. {@link dev.tandem.localcloud.trail.CallTrail} writes it as JSON lines for
 * tools and tests to read; {@link dev.tandem.localcloud.trail.LiveTrail} prints it as it happens for people to watch.
 */
package dev.tandem.localcloud.trail;
