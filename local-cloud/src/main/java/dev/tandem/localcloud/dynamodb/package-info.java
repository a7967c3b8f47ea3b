/**
 * DynamoDB: DynamoDB Local, in memory and in process. {@link dev.tandem.localcloud.dynamodb.DynamoDbEmulator} starts it.
 */
package dev.tandem.localcloud.dynamodb;
