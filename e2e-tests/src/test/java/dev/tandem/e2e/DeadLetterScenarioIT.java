package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A message no consumer can read ends in its queue's dead-letter queue after the redrive policy's five receives,
 * while good work on the same queues goes on.
 *
 * <p>A failed message is received again only after the queue's visibility timeout (360 s, 90 s, 60 s as
 * deployed), which would make five receives take half an hour. The test therefore lowers each work queue's
 * visibility timeout to a few seconds with SetQueueAttributes, as an operator could, and restores it afterwards;
 * the redrive policy, the consumers and their failure handling are the deployed ones.
 */
@Scenario
class DeadLetterScenarioIT {

    private static final String SHORT_VISIBILITY = "2";
    private static final Duration DEADLINE = Duration.ofSeconds(120);

    private final Shop shop;
    private final Deployment deployment;

    DeadLetterScenarioIT(RunningTandem tandem) {
        this.shop = new Shop(tandem);
        this.deployment = new Deployment(tandem);
    }

    @AfterEach
    void closeClients() {
        deployment.close();
    }

    @Test
    void aMalformedMessageOnEachWorkQueueIsDeadLetteredWithoutBlockingGoodWork() {
        Map<String, String> deployedVisibility = new LinkedHashMap<>();
        for (String queue : Deployment.WORK_QUEUES) {
            String url = deployment.queueUrl(queue);
            deployedVisibility.put(url, deployment.queueAttribute(url, QueueAttributeName.VISIBILITY_TIMEOUT));
            setVisibility(url, SHORT_VISIBILITY);
        }
        try {
            String marker = "e2e-malformed-" + UUID.randomUUID();
            for (String queue : Deployment.WORK_QUEUES) {
                deployment.sqs().sendMessage(r -> r.queueUrl(deployment.queueUrl(queue))
                        .messageBody("{\"marker\":\"" + marker + "\",\"detail\":\"not an event\"}"));
            }

            String productId = shop.createProduct(3);
            String imagePath = shop.uploadImage(productId, "image/jpeg", TestImages.jpeg(640, 480));
            String orderId = shop.placeOrder(productId, 1, "tok_visa");
            assertThat(shop.settled(orderId).path("status").asString()).isEqualTo("PAID");
            assertThat(shop.settledImage(imagePath).path("status").asString()).isEqualTo("READY");

            for (String queue : Deployment.WORK_QUEUES) {
                Message deadLetter = await().atMost(DEADLINE)
                        .until(() -> withMarker(queue + "-dlq", marker), message -> message != null);
                deployment.sqs().deleteMessage(r -> r.queueUrl(deployment.queueUrl(queue + "-dlq"))
                        .receiptHandle(deadLetter.receiptHandle()));
            }
        } finally {
            deployedVisibility.forEach(this::setVisibility);
        }
    }

    private Message withMarker(String queue, String marker) {
        return deployment
                .sqs()
                .receiveMessage(r -> r.queueUrl(deployment.queueUrl(queue))
                        .maxNumberOfMessages(10)
                        .visibilityTimeout(5))
                .messages()
                .stream()
                .filter(message -> message.body().contains(marker))
                .findFirst()
                .orElse(null);
    }

    private void setVisibility(String queueUrl, String seconds) {
        deployment.sqs().setQueueAttributes(r -> r.queueUrl(queueUrl)
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, seconds)));
    }
}
