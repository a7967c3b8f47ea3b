/**
 * local-cloud's one endpoint for every AWS API it emulates: {@link dev.tandem.localcloud.edge.Edge}, the class to
 * read first, starts it and is where IAM, fault drills and the call trail plug in. Each request is routed and checked
 * in {@code edge.pipeline}, its signature in {@code edge.sigv4}; refusals come in each service's own error shape
 * ({@code edge.errors}).
 */
package dev.tandem.localcloud.edge;
