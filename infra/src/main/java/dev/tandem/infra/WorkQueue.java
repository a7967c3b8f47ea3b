package dev.tandem.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * An SQS queue with its dead-letter queue: encrypted (SSE-SQS), TLS-only, and a redrive policy
 * that moves a message to the DLQ after {@link #MAX_RECEIVES} failed receives, so a poison message
 * never blocks the queue and is never silently dropped. DLQs keep messages for the SQS maximum of
 * 14 days, giving an operator time to look.
 */
final class WorkQueue extends Construct {

    static final int MAX_RECEIVES = 5;

    private final Queue queue;
    private final Queue deadLetterQueue;

    WorkQueue(Construct scope, String id, String queueName, Duration visibilityTimeout) {
        super(scope, id);
        deadLetterQueue = newDeadLetterQueue(this, "Dlq", queueName + "-dlq");
        queue = Queue.Builder.create(this, "Queue")
                .queueName(queueName)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .visibilityTimeout(visibilityTimeout)
                .deadLetterQueue(DeadLetterQueue.builder()
                        .queue(deadLetterQueue)
                        .maxReceiveCount(MAX_RECEIVES)
                        .build())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }

    /** A queue that only ever receives what failed elsewhere: kept 14 days, encrypted, TLS-only. */
    static Queue newDeadLetterQueue(Construct scope, String id, String queueName) {
        Queue queue = Queue.Builder.create(scope, id)
                .queueName(queueName)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        Suppressions.suppress(
                queue,
                "Serverless-SQSRedrivePolicy",
                "A dead-letter queue is the end of the line: nothing consumes it automatically, and an alarm fires"
                        + " on its first message.");
        return queue;
    }

    IQueue queue() {
        return queue;
    }

    IQueue deadLetterQueue() {
        return deadLetterQueue;
    }
}
