/**
 * Lambda's runtime API (2018-06-01) for one execution environment: invocations handed to the runtime and its
 * responses and errors taken back. Read {@link dev.tandem.localcloud.lambda.runtime.RuntimeSession} first, then
 * {@link dev.tandem.localcloud.lambda.runtime.RuntimeApiServer}, its HTTP side.
 */
package dev.tandem.localcloud.lambda.runtime;
