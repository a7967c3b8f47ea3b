/**
 * SQS event source mappings: pollers that receive batches, invoke the function and delete what succeeded, with
 * partial batch responses. Read {@link dev.tandem.localcloud.lambda.eventsource.SqsEventSourceMapping} first.
 */
package dev.tandem.localcloud.lambda.eventsource;
