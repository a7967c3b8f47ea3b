/**
 * IAM's two hooks into the edge: which operation a call is and what it asks for in IAM's terms ({@link
 * dev.tandem.localcloud.edge.authorization.OperationResolver}, read first), and whether its principal may make it
 * ({@link dev.tandem.localcloud.edge.authorization.Authorizer}); with the defaults used until IAM plugs in.
 */
package dev.tandem.localcloud.edge.authorization;
