package dev.tandem.localcloud.s3;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The buckets whose events go to EventBridge, as {@code PutBucketNotificationConfiguration} last set them. */
final class BucketNotifications {

    private final Set<String> eventBridgeBuckets = ConcurrentHashMap.newKeySet();

    void setEventBridge(String bucket, boolean enabled) {
        if (enabled) {
            eventBridgeBuckets.add(bucket);
        } else {
            eventBridgeBuckets.remove(bucket);
        }
    }

    boolean eventBridgeEnabled(String bucket) {
        return eventBridgeBuckets.contains(bucket);
    }
}
