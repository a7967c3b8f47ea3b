package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * SQS's operations in both protocols the SDKs speak: AWS JSON 1.0 ({@code x-amz-target: AmazonSQS.<Operation>}, the
 * queue URL in the body) and the older query protocol ({@code Action=<Operation>} in a form body or the query string,
 * possibly sent to the queue's URL). Accesses as
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsqs.html gives them: the queue's ARN
 * from the last segment of its URL, or from {@code QueueName} for the calls that name a queue that way; a batch
 * operation needs its single-message action
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-batch-api-actions.html).
 */
final class SqsOperations {

    private final String region;
    private final String accountId;

    SqsOperations(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    Operation resolve(AwsRequest request) {
        Optional<String> target = request.header("x-amz-target");
        String name;
        Optional<String> queueUrl;
        Optional<String> queueName;
        if (target.isPresent()) {
            JsonNode body = RequestBodies.json(request);
            name = RequestBodies.target(request);
            queueUrl = text(body, "QueueUrl");
            queueName = text(body, "QueueName");
        } else {
            Map<String, String> form = RequestBodies.form(request);
            name = Optional.ofNullable(form.get("Action"))
                    .or(() -> request.queryParameter("Action"))
                    .orElse("Unknown");
            queueUrl = Optional.ofNullable(form.get("QueueUrl")).or(() -> request.queryParameter("QueueUrl"));
            queueName = Optional.ofNullable(form.get("QueueName")).or(() -> request.queryParameter("QueueName"));
            if (queueUrl.isEmpty() && request.path().split("/").length == 3) {
                queueUrl = Optional.of(request.path());
            }
        }
        String resource =
                switch (name) {
                    case "ListQueues" -> "*";
                    case "CreateQueue", "GetQueueUrl" ->
                        queueName.map(this::queue).orElse("*");
                    default ->
                        queueUrl.map(SqsOperations::lastSegment)
                                .map(this::queue)
                                .orElse("*");
                };
        return new Operation("sqs", name, List.of(new Access("sqs:" + action(name), resource)));
    }

    private static String action(String operation) {
        return switch (operation) {
            case "SendMessageBatch" -> "SendMessage";
            case "DeleteMessageBatch" -> "DeleteMessage";
            case "ChangeMessageVisibilityBatch" -> "ChangeMessageVisibility";
            default -> operation;
        };
    }

    private String queue(String name) {
        return "arn:aws:sqs:" + region + ":" + accountId + ":" + name;
    }

    private static String lastSegment(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static Optional<String> text(JsonNode body, String field) {
        return body.has(field) ? Optional.of(body.path(field).asString()) : Optional.empty();
    }
}
