package dev.tandem.localcloud;

import dev.tandem.localcloud.eventbridge.delivery.RetryBackoff;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.regions.Region;

/**
 * Who a {@link LocalAws} pretends to be: one region, one account, the administrator's key pair, the port of the
 * edge every service answers on, and how quickly local EventBridge retries failed deliveries.
 *
 * @param credentials the administrator's key pair, which the edge accepts for every call; its access key id must be
 *     letters and digits, which DynamoDB Local requires
 * @param edgePort the edge's port on 127.0.0.1; 0 for a free one
 */
public record LocalAwsSettings(
        Region region, String accountId, AwsBasicCredentials credentials, RetryBackoff deliveryBackoff, int edgePort) {

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
        if (edgePort < 0 || edgePort > 65_535) {
            throw new IllegalArgumentException("edgePort must be a port number or 0, was " + edgePort);
        }
    }

    public LocalAwsSettings(
            Region region, String accountId, AwsBasicCredentials credentials, RetryBackoff deliveryBackoff) {
        this(region, accountId, credentials, deliveryBackoff, 0);
    }

    /**
     * us-east-1, account 000000000000, a fixed local key pair, {@link RetryBackoff#standard()}, and the edge on a
     * free port.
     */
    public static LocalAwsSettings defaults() {
        return new LocalAwsSettings(
                Region.US_EAST_1,
                "000000000000",
                AwsBasicCredentials.create("LOCALCLOUDACCESSKEY", "local-cloud-secret-access-key"),
                RetryBackoff.standard());
    }

    public LocalAwsSettings withDeliveryBackoff(RetryBackoff backoff) {
        return new LocalAwsSettings(region, accountId, credentials, backoff, edgePort);
    }

    public LocalAwsSettings withEdgePort(int port) {
        return new LocalAwsSettings(region, accountId, credentials, deliveryBackoff, port);
    }
}
