/**
 * Lambda's REST API (2015-03-31) in front of the function host, so an unmodified {@code LambdaClient} deploys and
 * invokes functions here. Read {@link dev.tandem.localcloud.lambda.api.LambdaApi} first.
 */
package dev.tandem.localcloud.lambda.api;
