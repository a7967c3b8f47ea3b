/**
 * Execution environments: each function's JVMs, started from its jar with AWS's Runtime Interface Client, pooled up to
 * the function's concurrency. Read {@link dev.tandem.localcloud.lambda.environment.FunctionPool} first.
 */
package dev.tandem.localcloud.lambda.environment;
