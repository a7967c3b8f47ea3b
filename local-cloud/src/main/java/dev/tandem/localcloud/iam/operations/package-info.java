/**
 * Which operation each request is and which IAM actions on which ARNs it needs, per service, as the Service
 * Authorization Reference gives them. Read {@link dev.tandem.localcloud.iam.operations.OperationTable} first.
 */
package dev.tandem.localcloud.iam.operations;
