/**
 * Signature Version 4 as AWS checks it, in the header or presigned, and the access keys it accepts with the principal
 * each stands for. Read {@link dev.tandem.localcloud.edge.sigv4.SigV4Verifier} first, then {@link
 * dev.tandem.localcloud.edge.sigv4.AccessKeys}.
 */
package dev.tandem.localcloud.edge.sigv4;
