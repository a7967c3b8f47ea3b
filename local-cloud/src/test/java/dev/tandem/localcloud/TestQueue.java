package dev.tandem.localcloud;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** A queue of a test's own on the shared local SQS, and everything it has received so far. */
public final class TestQueue {

    private final SqsClient sqs;
    private final String url;
    private final String arn;
    private final List<Message> received = new CopyOnWriteArrayList<>();

    private TestQueue(SqsClient sqs, String url, String arn) {
        this.sqs = sqs;
        this.url = url;
        this.arn = arn;
    }

    public static TestQueue create(SqsClient sqs, String purpose) {
        String url = sqs.createQueue(request -> request.queueName(uniqueName(purpose)))
                .queueUrl();
        String arn = sqs.getQueueAttributes(
                        request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
        return new TestQueue(sqs, url, arn);
    }

    /** A name no other test uses, for queues that should not exist yet. */
    public static String uniqueName(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String arn() {
        return arn;
    }

    /** Takes what has arrived since the last call and returns everything received so far, oldest first. */
    public List<Message> received() {
        List<Message> batch = sqs.receiveMessage(
                        request -> request.queueUrl(url).maxNumberOfMessages(10).messageAttributeNames("All"))
                .messages();
        batch.forEach(
                message -> sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle())));
        received.addAll(batch);
        return List.copyOf(received);
    }
}
