package dev.tandem.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.tandem.localcloud.eventbridge.delivery.RetryBackoff;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.regions.Region;

class LocalAwsSettingsTest {

    @Test
    void defaultsToOneRegionAndAnAccountOfZeros() {
        LocalAwsSettings settings = LocalAwsSettings.defaults();

        assertThat(settings.region()).isEqualTo(Region.US_EAST_1);
        assertThat(settings.accountId()).isEqualTo("000000000000");
        assertThat(settings.credentials().accessKeyId()).matches("[A-Za-z0-9]+");
    }

    @Test
    void refusesAnAccessKeyIdDynamoDbLocalWouldReject() {
        AwsBasicCredentials dashed = AwsBasicCredentials.create("local-key", "secret");

        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new LocalAwsSettings(Region.US_EAST_1, "000000000000", dashed, RetryBackoff.standard()));
    }

    @Test
    void refusesAnAccountIdThatIsNotTwelveDigits() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new LocalAwsSettings(
                        Region.US_EAST_1, "123", LocalAwsSettings.defaults().credentials(), RetryBackoff.standard()));
    }

    @Test
    void keepsEverythingElseWhenTheBackoffChanges() {
        RetryBackoff quick = new RetryBackoff(Duration.ofMillis(10), Duration.ofMillis(20));

        LocalAwsSettings settings = LocalAwsSettings.defaults().withDeliveryBackoff(quick);

        assertThat(settings.deliveryBackoff()).isEqualTo(quick);
        assertThat(settings.credentials()).isEqualTo(LocalAwsSettings.defaults().credentials());
    }
}
