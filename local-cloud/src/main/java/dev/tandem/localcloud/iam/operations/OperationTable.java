package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.authorization.OperationResolver;
import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which operation a request is and which IAM accesses it asks for, for every service local-cloud serves: DynamoDB,
 * SQS, S3, EventBridge, CloudWatch and Lambda, each by its own protocol (see the per-service classes, which cite
 * the Service Authorization Reference page they follow). A request the table does not know is an operation with the
 * name it can tell and an access to {@code <prefix>:<operation>} on {@code *}, never an exception.
 *
 * <p>Every access carries {@code aws:SecureTransport = true}: the edge speaks plain HTTP on loopback, but it stands
 * in for the services' HTTPS endpoints, which is what the template's TLS-only queue and bucket policies expect. A
 * request that really came over plain HTTP is not told apart.
 *
 * <p>A call that an AWS service makes on a rule's behalf (local EventBridge delivering to a queue) names the rule in
 * the {@value #SOURCE_ARN_HEADER} header, and its accesses carry it as {@code aws:SourceArn}, the key the template's
 * queue policies condition EventBridge's deliveries on. Only local-cloud's own EventBridge holds the service
 * principal's key, and the key only matters in statements that name that service principal, so a role that sends
 * the header gains nothing.
 */
public final class OperationTable implements OperationResolver {

    /** Where local EventBridge names the rule a delivery is for. */
    public static final String SOURCE_ARN_HEADER = "x-tandem-source-arn";

    private static final String SECURE_TRANSPORT = "aws:SecureTransport";
    private static final String SOURCE_ARN = "aws:SourceArn";

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
        Operation operation = resolveByService(request);
        Optional<String> sourceArn = request.header(SOURCE_ARN_HEADER);
        return new Operation(
                operation.service(),
                operation.name(),
                operation.accesses().stream()
                        .map(OperationTable::overSecureTransport)
                        .map(access -> sourceArn
                                .map(arn -> withContext(access, SOURCE_ARN, arn))
                                .orElse(access))
                        .toList());
    }

    private Operation resolveByService(AwsRequest request) {
        try {
            return switch (request.service()) {
                case "dynamodb" -> dynamoDb.resolve(request);
                case "sqs" -> sqs.resolve(request);
                case "s3" -> s3.resolve(request);
                case "events" -> events.resolve(request);
                case "monitoring" -> cloudWatch.resolve(request);
                case "lambda" -> lambda.resolve(request);
                case "sts" -> sts(request);
                default -> unknown(request.service(), nameOf(request));
            };
        } catch (RuntimeException e) {
            // A malformed request is the service's to refuse; the resolver only must not fail the call.
            return unknown(prefix(request.service()), nameOf(request));
        }
    }

    private static Access withContext(Access access, String key, String value) {
        Map<String, List<String>> context = new HashMap<>(access.context());
        context.put(key, List.of(value));
        return new Access(access.action(), access.resource(), context);
    }

    private static Access overSecureTransport(Access access) {
        if (access.context().containsKey(SECURE_TRANSPORT)) {
            return access;
        }
        Map<String, List<String>> context = new HashMap<>(access.context());
        context.put(SECURE_TRANSPORT, List.of("true"));
        return new Access(access.action(), access.resource(), context);
    }

    static Operation unknown(String prefix, String name) {
        return new Operation(prefix, name, List.of(new Access(prefix + ":" + name, "*")));
    }

    /**
     * The AWS CLI's first call is often {@code aws sts get-caller-identity}, which needs no permission
     * (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html).
     */
    private static Operation sts(AwsRequest request) {
        String name = nameOf(request);
        return name.equals("GetCallerIdentity") ? new Operation("sts", name, List.of()) : unknown("sts", name);
    }

    /** The operation's name by the JSON protocols' target header or the query protocol's {@code Action}. */
    private static String nameOf(AwsRequest request) {
        String target = RequestBodies.target(request);
        if (!target.isEmpty()) {
            return target;
        }
        return Optional.ofNullable(RequestBodies.form(request).get("Action"))
                .or(() -> request.queryParameter("Action"))
                .orElse("Unknown");
    }

    private static String prefix(String service) {
        return service.equals("monitoring") ? "cloudwatch" : service;
    }
}
