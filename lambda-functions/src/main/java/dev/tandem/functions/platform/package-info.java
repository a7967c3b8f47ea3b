/**
 * What both functions stand on, apart from their own work: an SQS batch with partial batch responses ({@link
 * dev.tandem.functions.platform.SqsBatch}, the class to read first), SnapStart priming, the SDK clients and the
 * environment the CDK stack sets, putting results on the bus, and a small SLF4J backend that writes JSON lines
 * for CloudWatch Logs. Plain Java, like the rest of the functions: every class here is loaded at cold start.
 */
package dev.tandem.functions.platform;
