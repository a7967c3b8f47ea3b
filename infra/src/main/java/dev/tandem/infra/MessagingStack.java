package dev.tandem.infra;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.Archive;
import software.amazon.awscdk.services.events.BaseArchiveProps;
import software.amazon.awscdk.services.events.CfnArchive;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SqsQueue;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The wiring between the halves: the {@code tandem} event bus (with an archive for replays), the
 * three work queues, and the rules that route events to them.
 *
 * <ul>
 *   <li>S3 {@code Object Created} under {@code uploads/} (on the default bus, where S3 sends it) to
 *       {@code image-jobs}, for the image-resizer;
 *   <li>{@code OrderPlaced} to {@code payment-jobs}, for the payment-processor;
 *   <li>the functions' results to {@code catalog-inbox}, for the service on EC2.
 * </ul>
 *
 * Each rule target has a dead-letter queue of its own and a retry policy, so an event EventBridge
 * cannot deliver is kept, not dropped.
 */
final class MessagingStack extends Stack {

    private static final int TARGET_RETRY_ATTEMPTS = 8;
    private static final Duration TARGET_MAX_EVENT_AGE = Duration.hours(2);

    private final EventBus bus;
    private final WorkQueue imageJobs;
    private final WorkQueue paymentJobs;
    private final WorkQueue catalogInbox;
    private final List<IQueue> targetDeadLetterQueues;

    MessagingStack(Construct scope, String id, StackProps props, TandemConfig config, IBucket media) {
        super(scope, id, props);
        bus = EventBus.Builder.create(this, "Bus")
                .eventBusName(config.name("bus"))
                .build();
        Archive archive = bus.archive(
                "Archive",
                BaseArchiveProps.builder()
                        .archiveName(config.name("archive"))
                        .description("Every event on the Tandem bus, kept for replay")
                        .eventPattern(EventPattern.builder()
                                .account(List.of(Stack.of(this).getAccount()))
                                .build())
                        .retention(Duration.days(14))
                        .build());
        // aws-cdk#37847 (https://github.com/aws/aws-cdk/issues/37847): this CDK release renders an
        // archive without a customer managed key as KmsKeyIdentifier "", which fails the deployment
        // in some regions; with the property absent the archive uses EventBridge's default
        // encryption, as intended. Remove this override once the CDK release in the root POM has
        // the fix.
        ((CfnArchive) archive.getNode().getDefaultChild()).addPropertyDeletionOverride("KmsKeyIdentifier");

        imageJobs = new WorkQueue(
                this, "ImageJobs", config.name("image-jobs"), FunctionSpec.IMAGE_RESIZER.queueVisibilityTimeout());
        paymentJobs = new WorkQueue(
                this,
                "PaymentJobs",
                config.name("payment-jobs"),
                FunctionSpec.PAYMENT_PROCESSOR.queueVisibilityTimeout());
        // Consumed by the service, whose handlers take milliseconds; 60 s covers a slow DynamoDB retry.
        catalogInbox = new WorkQueue(this, "CatalogInbox", config.name("catalog-inbox"), Duration.seconds(60));

        Rule uploads = Rule.Builder.create(this, "UploadsToImageJobs")
                .ruleName(config.name("uploads-to-image-jobs"))
                .description("S3 Object Created under uploads/ -> image-jobs")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.s3"))
                        .detailType(List.of("Object Created"))
                        .detail(new TreeMap<>(Map.of(
                                "bucket", Map.of("name", List.of(media.getBucketName())),
                                "object", Map.of("key", Match.prefix("uploads/")))))
                        .build())
                .build();
        Rule orders = Rule.Builder.create(this, "OrdersToPaymentJobs")
                .ruleName(config.name("orders-to-payment-jobs"))
                .description("OrderPlaced -> payment-jobs")
                .eventBus(bus)
                .eventPattern(EventPattern.builder()
                        .source(List.of("tandem.catalog"))
                        .detailType(List.of("OrderPlaced"))
                        .build())
                .build();
        Rule results = Rule.Builder.create(this, "ResultsToCatalogInbox")
                .ruleName(config.name("results-to-catalog-inbox"))
                .description("Image and payment results -> catalog-inbox")
                .eventBus(bus)
                .eventPattern(EventPattern.builder()
                        .source(List.of("tandem.images", "tandem.payments"))
                        .detailType(List.of("ImageProcessed", "ImageRejected", "PaymentSucceeded", "PaymentFailed"))
                        .build())
                .build();

        targetDeadLetterQueues = List.of(
                route(uploads, imageJobs.queue(), config.name("uploads-target-dlq")),
                route(orders, paymentJobs.queue(), config.name("orders-target-dlq")),
                route(results, catalogInbox.queue(), config.name("results-target-dlq")));
    }

    /** Adds {@code queue} as the rule's target, with a DLQ of its own; returns that DLQ. */
    private IQueue route(Rule rule, IQueue queue, String deadLetterQueueName) {
        IQueue deadLetters =
                WorkQueue.newDeadLetterQueue(this, rule.getNode().getId() + "TargetDlq", deadLetterQueueName);
        Suppressions.suppress(
                deadLetters,
                "AwsSolutions-SQS3",
                "This queue is itself a dead-letter queue: the one of an EventBridge rule target.");
        rule.addTarget(SqsQueue.Builder.create(queue)
                .deadLetterQueue(deadLetters)
                .retryAttempts(TARGET_RETRY_ATTEMPTS)
                .maxEventAge(TARGET_MAX_EVENT_AGE)
                .build());
        return deadLetters;
    }

    IEventBus bus() {
        return bus;
    }

    WorkQueue imageJobs() {
        return imageJobs;
    }

    WorkQueue paymentJobs() {
        return paymentJobs;
    }

    WorkQueue catalogInbox() {
        return catalogInbox;
    }

    /** Every dead-letter queue of this stack: the work queues' and the rule targets'. */
    List<IQueue> deadLetterQueues() {
        return Stream.concat(
                        Stream.of(imageJobs, paymentJobs, catalogInbox).map(WorkQueue::deadLetterQueue),
                        targetDeadLetterQueues.stream())
                .toList();
    }
}
