package dev.tandem.localcloud.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.LocalAwsClients;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(LocalAwsExtension.class)
class LocalAwsExtensionIT {

    private static final AtomicReference<LocalAws> FIRST_SEEN = new AtomicReference<>();

    @BeforeAll
    static void remember(LocalAws aws) {
        FIRST_SEEN.set(aws);
    }

    @Test
    void handsEveryTestTheSameRunningLocalAws(LocalAws aws, LocalAwsClients clients) {
        assertThat(aws).isSameAs(FIRST_SEEN.get());
        assertThat(clients.s3()).isNotNull();
    }

    @Test
    void handsOutClientsThatTalkToIt(S3Client s3, EventBridgeClient events) {
        assertThat(s3.listBuckets().buckets()).isNotNull();
        assertThat(events.describeEventBus(request -> {}).name()).isEqualTo("default");
    }
}
