package dev.tandem.localcloud.stack;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The AWS a template is deployed onto: one region and account, and a client per service. */
public record AwsClients(
        String region,
        String accountId,
        S3Client s3,
        SqsClient sqs,
        DynamoDbClient dynamoDb,
        EventBridgeClient events) {}
