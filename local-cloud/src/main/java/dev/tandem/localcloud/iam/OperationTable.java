package dev.tandem.localcloud.iam;

import dev.tandem.localcloud.edge.AwsRequest;
import dev.tandem.localcloud.edge.OperationResolver;
import java.util.List;

/**
 * Which operation a request is and which IAM accesses it asks for, for every service local-cloud serves: DynamoDB,
 * SQS, S3, EventBridge, CloudWatch and Lambda, each by its own protocol (see the per-service classes, which cite
 * the Service Authorization Reference page they follow). A request the table does not know is an operation with the
 * name it can tell and an access to {@code <prefix>:<operation>} on {@code *}, never an exception.
 */
public final class OperationTable implements OperationResolver {

    private final DynamoDbOperations dynamoDb;
    private final SqsOperations sqs;
    private final S3Operations s3 = new S3Operations();
    private final EventBridgeOperations events;
    private final CloudWatchOperations cloudWatch;
    private final LambdaOperations lambda;

    public OperationTable(String region, String accountId) {
        this.dynamoDb = new DynamoDbOperations(region, accountId);
        this.sqs = new SqsOperations(region, accountId);
        this.events = new EventBridgeOperations(region, accountId);
        this.cloudWatch = new CloudWatchOperations(region, accountId);
        this.lambda = new LambdaOperations(region, accountId);
    }

    @Override
    public Operation resolve(AwsRequest request) {
        try {
            return switch (request.service()) {
                case "dynamodb" -> dynamoDb.resolve(request);
                case "sqs" -> sqs.resolve(request);
                case "s3" -> s3.resolve(request);
                case "events" -> events.resolve(request);
                case "monitoring" -> cloudWatch.resolve(request);
                case "lambda" -> lambda.resolve(request);
                default -> unknown(request.service(), targetOr(request, "Unknown"));
            };
        } catch (RuntimeException e) {
            // A malformed request is the service's to refuse; the resolver only must not fail the call.
            return unknown(prefix(request.service()), targetOr(request, "Unknown"));
        }
    }

    static Operation unknown(String prefix, String name) {
        return new Operation(prefix, name, List.of(new Access(prefix + ":" + name, "*")));
    }

    private static String targetOr(AwsRequest request, String fallback) {
        String target = RequestBodies.target(request);
        return target.isEmpty() ? fallback : target;
    }

    private static String prefix(String service) {
        return service.equals("monitoring") ? "cloudwatch" : service;
    }
}
