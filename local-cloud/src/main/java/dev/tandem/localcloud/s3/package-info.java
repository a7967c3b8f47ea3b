/**
 * S3: S3Proxy on an in-memory store behind a gateway that adds what S3Proxy lacks, bucket notifications to
 * EventBridge and CORS rules with their preflights. Read {@link dev.tandem.localcloud.s3.S3Emulator} first, then
 * {@link dev.tandem.localcloud.s3.S3Gateway}.
 */
package dev.tandem.localcloud.s3;
