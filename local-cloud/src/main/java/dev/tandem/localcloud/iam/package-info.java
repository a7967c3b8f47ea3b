/**
 * IAM as AWS enforces it, for the template local-cloud runs: which operation and accesses each request is
 * ({@link dev.tandem.localcloud.iam.OperationTable}), the template's roles and resource policies
 * ({@link dev.tandem.localcloud.iam.PolicyStore}), AWS's policy evaluation logic
 * ({@link dev.tandem.localcloud.iam.IamAuthorizer}, the class to read first) and what each role used and did not
 * use of its grants ({@link dev.tandem.localcloud.iam.IamReport}).
 */
package dev.tandem.localcloud.iam;
