/**
 * SQS: ElasticMQ, in process. {@link dev.tandem.localcloud.sqs.SqsEmulator} starts it.
 */
package dev.tandem.localcloud.sqs;
