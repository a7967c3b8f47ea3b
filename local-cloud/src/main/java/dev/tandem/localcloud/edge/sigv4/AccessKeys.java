package dev.tandem.localcloud.edge.sigv4;

import dev.tandem.localcloud.iam.policy.Principal;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * The access keys the edge accepts, and whom each stands for: the administrator's key pair, and one fresh pair per
 * {@link #issue(Principal)} for a role of the template. A request signed with any other key is refused as the
 * service refuses an unknown key.
 */
public final class AccessKeys {

    private static final String KEY_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Key> keys = new ConcurrentHashMap<>();
    private final Principal administrator;

    /** A key's secret and the principal it stands for. */
    record Key(String secretAccessKey, Principal principal) {}

    /** The registry with the administrator's key pair in it. */
    public AccessKeys(AwsCredentials administratorKey, String accountId) {
        this.administrator = new Principal(
                Principal.Kind.ADMINISTRATOR, "arn:aws:iam::" + accountId + ":user/administrator", "administrator");
        keys.put(administratorKey.accessKeyId(), new Key(administratorKey.secretAccessKey(), administrator));
    }

    /** Another key pair that stands for the administrator. */
    public void addAdministratorKey(AwsCredentials key) {
        keys.put(key.accessKeyId(), new Key(key.secretAccessKey(), administrator));
    }

    public Principal administrator() {
        return administrator;
    }

    /**
     * A new key pair that stands for {@code principal}. Its access key id is {@code AKLC} and sixteen upper-case
     * letters and digits, like an AWS one; DynamoDB Local takes nothing but letters and digits.
     */
    public AwsBasicCredentials issue(Principal principal) {
        String accessKeyId = "AKLC" + randomText(KEY_LETTERS, 16);
        AwsBasicCredentials credentials = AwsBasicCredentials.create(accessKeyId, randomText(SECRET_LETTERS, 40));
        keys.put(accessKeyId, new Key(credentials.secretAccessKey(), principal));
        return credentials;
    }

    /** Whom an access key stands for; empty for a key this registry never issued. */
    public Optional<Principal> principal(String accessKeyId) {
        return find(accessKeyId).map(Key::principal);
    }

    Optional<Key> find(String accessKeyId) {
        return Optional.ofNullable(keys.get(accessKeyId));
    }

    private String randomText(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
