package dev.tandem.infra;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The Lambda half: {@code image-resizer} fed by {@code image-jobs} and {@code payment-processor}
 * fed by {@code payment-jobs}. Each role gets exactly what its function does: the resizer reads
 * under {@code uploads/} and writes under {@code renditions/}; the payment processor reads and
 * writes its idempotency records; both put events on the Tandem bus.
 */
final class FunctionsStack extends Stack {

    /** What the functions use, created by the data and messaging stacks. */
    record Resources(IBucket media, ITable idempotency, IEventBus bus, IQueue imageJobs, IQueue paymentJobs) {}

    private final JavaFunction imageResizer;
    private final JavaFunction paymentProcessor;

    FunctionsStack(Construct scope, String id, StackProps props, TandemConfig config, Resources resources) {
        super(scope, id, props);
        imageResizer = new JavaFunction(
                this,
                "ImageResizer",
                config,
                FunctionSpec.IMAGE_RESIZER,
                config.imageResizerJar(),
                "dev.tandem.functions.images.ImageResizerHandler::handleRequest",
                new TreeMap<>(Map.of(
                        "BUCKET_NAME", resources.media().getBucketName(),
                        "EVENT_BUS_NAME", resources.bus().getEventBusName())));
        imageResizer
                .role()
                .addToPrincipalPolicy(allow("s3:GetObject", resources.media().arnForObjects("uploads/*")));
        imageResizer
                .role()
                .addToPrincipalPolicy(allow("s3:PutObject", resources.media().arnForObjects("renditions/*")));
        imageResizer
                .role()
                .addToPrincipalPolicy(allow("events:PutEvents", resources.bus().getEventBusArn()));
        Suppressions.suppressFindings(
                imageResizer.role(),
                "AwsSolutions-IAM5",
                "The resizer reads any upload and writes any rendition: object keys carry the product and image ids,"
                        + " so the prefix is as narrow as the job.",
                Suppressions.resourceArn("Media", "/uploads/\\*"),
                Suppressions.resourceArn("Media", "/renditions/\\*"));
        consume(imageResizer, resources.imageJobs(), FunctionSpec.IMAGE_RESIZER);

        paymentProcessor = new JavaFunction(
                this,
                "PaymentProcessor",
                config,
                FunctionSpec.PAYMENT_PROCESSOR,
                config.paymentProcessorJar(),
                "dev.tandem.functions.payments.PaymentProcessorHandler::handleRequest",
                new TreeMap<>(Map.of(
                        TableSpec.PAYMENT_IDEMPOTENCY.environmentVariable(),
                        resources.idempotency().getTableName(),
                        "EVENT_BUS_NAME",
                        resources.bus().getEventBusName())));
        paymentProcessor
                .role()
                .addToPrincipalPolicy(PolicyStatement.Builder.create()
                        // DeleteItem releases a claim when the provider is unavailable, so the retry may claim again.
                        .actions(List.of(
                                "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"))
                        .resources(List.of(resources.idempotency().getTableArn()))
                        .build());
        paymentProcessor
                .role()
                .addToPrincipalPolicy(allow("events:PutEvents", resources.bus().getEventBusArn()));
        consume(paymentProcessor, resources.paymentJobs(), FunctionSpec.PAYMENT_PROCESSOR);
    }

    private static void consume(JavaFunction function, IQueue queue, FunctionSpec spec) {
        function.alias()
                .addEventSource(new SqsEventSource(
                        queue,
                        SqsEventSourceProps.builder()
                                .batchSize(spec.batchSize())
                                .maxBatchingWindow(Duration.seconds(1))
                                .maxConcurrency(spec.maxConcurrency())
                                // Only the failed messages of a batch return to the queue.
                                .reportBatchItemFailures(true)
                                .build()));
        // After addEventSource: a suppression reaches only the children that exist when it is added.
        Suppressions.suppress(
                function.alias(),
                "Serverless-LambdaEventSourceMappingDestination",
                "SQS event sources take no on-failure destination; the queue's redrive policy sends failed messages"
                        + " to its DLQ instead.");
    }

    private static PolicyStatement allow(String action, String resource) {
        return PolicyStatement.Builder.create()
                .actions(List.of(action))
                .resources(List.of(resource))
                .build();
    }

    JavaFunction imageResizer() {
        return imageResizer;
    }

    JavaFunction paymentProcessor() {
        return paymentProcessor;
    }
}
