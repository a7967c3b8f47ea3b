/**
 * CloudWatch's {@code PutMetricData} in the Smithy RPC v2 CBOR protocol today's SDKs speak, its datapoints kept in
 * memory. Read {@link dev.tandem.localcloud.cloudwatch.CloudWatchEmulator} first.
 */
package dev.tandem.localcloud.cloudwatch;
