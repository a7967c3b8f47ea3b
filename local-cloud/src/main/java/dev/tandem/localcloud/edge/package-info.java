/**
 * local-cloud's one endpoint for every AWS API it emulates ({@link dev.tandem.localcloud.edge.Edge}, the class to
 * read first): each request's SigV4 signature checked ({@code SigV4Verifier}), its principal found ({@link
 * dev.tandem.localcloud.edge.AccessKeys}), then faults, IAM and the call listeners on the way to the emulator its
 * credential scope names; refusals in each service's own error shape ({@link
 * dev.tandem.localcloud.edge.ErrorShapes}).
 */
package dev.tandem.localcloud.edge;
