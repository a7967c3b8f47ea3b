package dev.tandem.localcloud.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

@ExtendWith(LocalAwsExtension.class)
class SqsEmulatorIT {

    private final SqsClient sqs;

    SqsEmulatorIT(SqsClient sqs) {
        this.sqs = sqs;
    }

    @Test
    void sendsReceivesAndDeletesMessages() {
        String url = sqs.createQueue(request -> request.queueName(TestQueue.uniqueName("orders")))
                .queueUrl();

        sqs.sendMessage(request -> request.queueUrl(url).messageBody("order o-1"));
        Message message = sqs.receiveMessage(request -> request.queueUrl(url).waitTimeSeconds(1))
                .messages()
                .getFirst();
        sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle()));

        assertThat(message.body()).isEqualTo("order o-1");
        assertThat(sqs.receiveMessage(request -> request.queueUrl(url)).messages())
                .isEmpty();
    }

    @Test
    void reportsQueueArnsInLocalCloudsRegionAndAccount() {
        String name = TestQueue.uniqueName("payments");
        String url = sqs.createQueue(request -> request.queueName(name)).queueUrl();

        String arn = sqs.getQueueAttributes(
                        request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);

        assertThat(arn).isEqualTo("arn:aws:sqs:us-east-1:000000000000:" + name);
        assertThat(url).startsWith("http://127.0.0.1:").endsWith("/000000000000/" + name);
    }
}
