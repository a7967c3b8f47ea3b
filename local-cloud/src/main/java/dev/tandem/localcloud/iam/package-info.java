/**
 * IAM as AWS enforces it, for the template local-cloud runs: {@link dev.tandem.localcloud.iam.IamAuthorizer}, the class
 * to read first, judges each call the edge passes it; {@link dev.tandem.localcloud.iam.IamReport} says what each role
 * used and did not use of its grants. The evaluation is in {@code policy}, the request-to-action tables in
 * {@code operations}.
 */
package dev.tandem.localcloud.iam;
