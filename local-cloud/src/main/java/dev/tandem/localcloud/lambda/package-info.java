/**
 * Runs the template's Java functions the way Lambda does. {@link dev.tandem.localcloud.lambda.FunctionHost}, the class
 * to read first, holds each function's execution environments ({@code environment}, which speak Lambda's runtime API
 * from {@code runtime}) and its SQS event source mappings ({@code eventsource}); {@code api} is Lambda's REST API in
 * front of the host.
 */
package dev.tandem.localcloud.lambda;
