package dev.tandem.localcloud;

import dev.tandem.localcloud.eventbridge.RetryBackoff;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.regions.Region;

/**
 * Who a {@link LocalAws} pretends to be: one region, one account, one key pair that every local service accepts,
 * and how quickly local EventBridge retries failed deliveries.
 *
 * @param credentials the only key pair S3 accepts; its access key id must be letters and digits, which DynamoDB
 *     Local requires
 */
public record LocalAwsSettings(
        Region region, String accountId, AwsBasicCredentials credentials, RetryBackoff deliveryBackoff) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9]+");

    public LocalAwsSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(deliveryBackoff, "deliveryBackoff");
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, was " + accountId);
        }
        if (!ACCESS_KEY_ID.matcher(credentials.accessKeyId()).matches()) {
            throw new IllegalArgumentException("The access key id must be letters and digits only");
        }
    }

    /** us-east-1, account 000000000000, a fixed local key pair, and {@link RetryBackoff#standard()}. */
    public static LocalAwsSettings defaults() {
        return new LocalAwsSettings(
                Region.US_EAST_1,
                "000000000000",
                AwsBasicCredentials.create("LOCALCLOUDACCESSKEY", "local-cloud-secret-access-key"),
                RetryBackoff.standard());
    }

    public LocalAwsSettings withDeliveryBackoff(RetryBackoff backoff) {
        return new LocalAwsSettings(region, accountId, credentials, backoff);
    }
}
