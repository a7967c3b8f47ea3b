package dev.tandem.catalog.inbox;

import dev.tandem.catalog.config.TandemProperties;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Up when the inbox queue exists and answers. Part of the readiness group: an instance that cannot
 * read its inbox would leave orders unpaid and images pending.
 */
@Component
class InboxQueueHealthIndicator extends AbstractHealthIndicator {

    private static final long TIMEOUT_SECONDS = 5;

    private final SqsAsyncClient sqs;
    private final String queue;

    InboxQueueHealthIndicator(SqsAsyncClient sqs, TandemProperties properties) {
        super("Inbox queue health check failed");
        this.sqs = sqs;
        this.queue = properties.inbox().queue();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        String url = queue.startsWith("https://") || queue.startsWith("http://")
                ? queue
                : sqs.getQueueUrl(request -> request.queueName(queue))
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .queueUrl();
        String depth = sqs.getQueueAttributes(request ->
                        request.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
        builder.up().withDetail("approximateNumberOfMessages", depth);
    }
}
