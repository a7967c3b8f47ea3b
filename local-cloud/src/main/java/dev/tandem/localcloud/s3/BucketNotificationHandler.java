package dev.tandem.localcloud.s3;

import java.util.function.Predicate;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code GetBucketNotificationConfiguration} and {@code PutBucketNotificationConfiguration} ({@code GET}
 * and {@code PUT /bucket?notification}), which S3Proxy does not implement, and passes every other request on.
 *
 * <p>It records whether the bucket's events go to EventBridge. A configuration that asks for other destinations
 * (SNS, SQS or Lambda directly) is refused with {@code NotImplemented} rather than accepted and never honoured.
 */
final class BucketNotificationHandler extends BucketSubresourceHandler {

    private static final Logger log = LoggerFactory.getLogger(BucketNotificationHandler.class);

    private final BucketNotifications notifications;

    BucketNotificationHandler(Handler next, BucketNotifications notifications, Predicate<String> bucketExists) {
        super(next, "notification", bucketExists);
        this.notifications = notifications;
    }

    @Override
    void answer(String method, String bucket, byte[] body, S3Exchange exchange) {
        switch (method) {
            case "GET" -> exchange.respond(NotificationConfiguration.toXml(notifications.eventBridgeEnabled(bucket)));
            case "PUT" -> putConfiguration(bucket, body, exchange);
            default -> exchange.fail(S3Error.METHOD_NOT_ALLOWED);
        }
    }

    private void putConfiguration(String bucket, byte[] body, S3Exchange exchange) {
        NotificationConfiguration configuration;
        try {
            configuration = NotificationConfiguration.parse(body);
        } catch (IllegalArgumentException e) {
            exchange.fail(S3Error.MALFORMED_XML);
            return;
        }
        if (!configuration.otherDestinations().isEmpty()) {
            log.warn(
                    "Refused notification configuration for bucket {}: {} not supported",
                    bucket,
                    configuration.otherDestinations());
            exchange.fail(S3Error.NOT_IMPLEMENTED);
            return;
        }
        notifications.setEventBridge(bucket, configuration.eventBridge());
        log.info("Bucket {}: EventBridge notifications {}", bucket, configuration.eventBridge() ? "on" : "off");
        exchange.respond("");
    }
}
