package dev.tandem.catalog.product;

import dev.tandem.catalog.ids.Ids;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code cursor} of the product list: which product the previous page ended with, signed with
 * HMAC-SHA256 so that a client can hand it back but not make one up. A cursor that does not verify
 * is a 400, never a scan from an arbitrary key.
 *
 * <p>Every instance of the service must accept every other's cursors, so the key cannot be random
 * per process. It is derived from the admin token (HMAC of a fixed label, so the key reveals nothing
 * about the token): one secret to manage, and rotating the token merely expires open cursors.
 */
final class ProductCursor {

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    private ProductCursor(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    static ProductCursor derivedFrom(String secret) {
        byte[] secretBytes = secret.getBytes(StandardCharsets.UTF_8);
        return new ProductCursor(hmac(new SecretKeySpec(secretBytes, ALGORITHM), "tandem product cursor v1"));
    }

    String encode(String lastProductId) {
        String payload = VERSION + ":" + lastProductId;
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(hmac(key, payload));
    }

    /** The product id the cursor continues after; a {@code invalid-cursor} problem if it is not one of ours. */
    String decode(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        String payload;
        byte[] signature;
        try {
            payload = new String(DECODER.decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
            signature = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(signature, hmac(key, payload)) || !payload.startsWith(VERSION + ":")) {
            throw invalid();
        }
        String productId = payload.substring(VERSION.length() + 1);
        if (!Ids.isWellFormed(productId) || !cursor.equals(encode(productId))) {
            // The last equality refuses other spellings of the same bytes: unpadded base64 leaves a few
            // unused bits in its final character, which decoders ignore, so several strings decode to
            // one signature. Only the exact string this service issued is a cursor.
            throw invalid();
        }
        return productId;
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides " + ALGORITHM, e);
        }
    }

    private static ProblemException invalid() {
        return new ProblemException(
                ProblemType.INVALID_CURSOR, "The cursor is not one this service issued; start again without it.");
    }
}
