package dev.tandem.catalog;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.LocalAwsClients;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What CDK would create around the service, created in LocalAws instead: the media bucket (with the
 * template's CORS rule, so that the admin page can upload from the browser), the bus
 * with the two rules that concern the service, the inbox queue with its dead-letter queue, and a
 * queue standing in for {@code payment-jobs} where tests watch the {@code OrderPlaced} events the
 * service publishes. The service creates its own tables (profile {@code local}).
 */
public final class LocalCloudResources {

    public static final String BUCKET = "it-media";
    public static final String BUS = "it-tandem";
    public static final String INBOX_QUEUE = "it-catalog-inbox";
    public static final String INBOX_DLQ = "it-catalog-inbox-dlq";
    public static final String PAYMENT_JOBS_QUEUE = "it-payment-jobs";

    /** Short, so that an unreadable message reaches the dead-letter queue within seconds. */
    static final int INBOX_VISIBILITY_TIMEOUT_SECONDS = 2;

    static final int INBOX_MAX_RECEIVES = 2;

    private static final Map<String, String> SYSTEM_PROPERTY_OF_VARIABLE = Map.of(
            "AWS_REGION", "aws.region",
            "AWS_ACCESS_KEY_ID", "aws.accessKeyId",
            "AWS_SECRET_ACCESS_KEY", "aws.secretAccessKey",
            "AWS_ENDPOINT_URL", "aws.endpointUrl");

    /** The media bucket's rule in the CDK app's DataStack: presigned PUTs and GETs from any page. */
    private static final CORSRule BROWSER_UPLOADS = CORSRule.builder()
            .allowedMethods("PUT", "GET")
            .allowedOrigins("*")
            .allowedHeaders("content-type", "content-length", "x-amz-meta-correlation-id")
            .maxAgeSeconds(3000)
            .build();

    private static boolean provided;

    private LocalCloudResources() {}

    /** Once per test run: the SDK settings for the service, and the resources it expects. */
    static synchronized void provide(LocalAws aws, LocalAwsClients clients) {
        if (provided) {
            return;
        }
        aws.environment().forEach((variable, value) -> {
            String property = SYSTEM_PROPERTY_OF_VARIABLE.get(variable);
            if (property == null) {
                throw new IllegalStateException("LocalAws sets " + variable + ", which the tests do not pass on");
            }
            System.setProperty(property, value);
        });
        clients.s3().createBucket(bucket -> bucket.bucket(BUCKET));
        clients.s3().putBucketCors(cors -> cors.bucket(BUCKET)
                .corsConfiguration(rules -> rules.corsRules(BROWSER_UPLOADS)));
        String inboxDlqUrl = createQueue(clients.sqs(), INBOX_DLQ, Map.of());
        String inboxDlqArn = arnOf(clients.sqs(), inboxDlqUrl);
        String inboxUrl = createQueue(
                clients.sqs(),
                INBOX_QUEUE,
                Map.of(
                        QueueAttributeName.VISIBILITY_TIMEOUT,
                        Integer.toString(INBOX_VISIBILITY_TIMEOUT_SECONDS),
                        QueueAttributeName.REDRIVE_POLICY,
                        "{\"maxReceiveCount\":\"" + INBOX_MAX_RECEIVES + "\",\"deadLetterTargetArn\":\"" + inboxDlqArn
                                + "\"}"));
        String paymentJobsUrl = createQueue(clients.sqs(), PAYMENT_JOBS_QUEUE, Map.of());
        EventBridgeClient eventBridge = clients.eventBridge();
        eventBridge.createEventBus(bus -> bus.name(BUS));
        route(
                eventBridge,
                "it-results-to-inbox",
                "{\"source\":[\"tandem.payments\",\"tandem.images\"]}",
                arnOf(clients.sqs(), inboxUrl));
        route(
                eventBridge,
                "it-orders-to-payment-jobs",
                "{\"source\":[\"tandem.catalog\"],\"detail-type\":[\"OrderPlaced\"]}",
                arnOf(clients.sqs(), paymentJobsUrl));
        provided = true;
    }

    private static String createQueue(SqsClient sqs, String name, Map<QueueAttributeName, String> attributes) {
        return sqs.createQueue(queue -> queue.queueName(name).attributes(attributes))
                .queueUrl();
    }

    private static String arnOf(SqsClient sqs, String queueUrl) {
        return sqs.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }

    private static void route(EventBridgeClient eventBridge, String rule, String pattern, String queueArn) {
        eventBridge.putRule(request -> request.eventBusName(BUS).name(rule).eventPattern(pattern));
        Target target = Target.builder().id(rule + "-target").arn(queueArn).build();
        eventBridge.putTargets(request -> request.eventBusName(BUS).rule(rule).targets(target));
    }
}
