/**
 * Errors worded as each service words them (S3's XML, the JSON protocols, SQS's Query XML, CloudWatch's CBOR,
 * Lambda's REST), so SDK clients raise AWS's own exceptions. Read {@link
 * dev.tandem.localcloud.edge.errors.ErrorShapes}.
 */
package dev.tandem.localcloud.edge.errors;
