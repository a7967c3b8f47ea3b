package dev.tandem.catalog.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The admin's bearer token, and the check of an {@code Authorization} header against it. Both sides
 * are hashed before {@link MessageDigest#isEqual} compares them, so the comparison takes the same
 * time whatever the header holds, its length included: timing reveals nothing about the token.
 */
final class AdminToken {

    private static final String SCHEME = "Bearer ";

    private final byte[] expectedDigest;

    AdminToken(String token) {
        this.expectedDigest = sha256(token);
    }

    boolean isPresentIn(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        String presented = authorizationHeader.substring(SCHEME.length()).strip();
        return MessageDigest.isEqual(expectedDigest, sha256(presented));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
