/**
 * One AWS API request as the edge sees it, the shape everything that inspects a call reads (signature check, IAM's
 * operation table, error shapes): {@link dev.tandem.localcloud.edge.request.AwsRequest}.
 */
package dev.tandem.localcloud.edge.request;
