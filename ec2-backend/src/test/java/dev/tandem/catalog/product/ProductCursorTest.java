package dev.tandem.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductCursorTest {

    private static final String PRODUCT_ID = "0b7f6a5e-3c1d-4e2f-9a8b-7c6d5e4f3a2b";

    private final ProductCursor cursors = ProductCursor.derivedFrom("an-admin-token-of-some-length");

    @Test
    void decodesTheProductIdItEncoded() {
        assertThat(cursors.decode(cursors.encode(PRODUCT_ID))).isEqualTo(PRODUCT_ID);
    }

    @Test
    void doesNotRevealTheKeyOrTheToken() {
        assertThat(cursors.encode(PRODUCT_ID)).doesNotContain("admin-token");
    }

    @Test
    void acceptsCursorsOfAnotherInstanceWithTheSameToken() {
        ProductCursor otherInstance = ProductCursor.derivedFrom("an-admin-token-of-some-length");

        assertThat(otherInstance.decode(cursors.encode(PRODUCT_ID))).isEqualTo(PRODUCT_ID);
    }

    @Test
    void rejectsCursorsSignedWithAnotherToken() {
        String foreign =
                ProductCursor.derivedFrom("some-other-admin-token-value").encode(PRODUCT_ID);

        assertInvalid(foreign);
    }

    @Test
    void rejectsACursorWhoseProductIdWasSwapped() {
        String genuine = cursors.encode(PRODUCT_ID);
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("v1:11111111-2222-4333-8444-555555555555".getBytes(StandardCharsets.UTF_8));
        String forged = otherPayload + genuine.substring(genuine.indexOf('.'));

        assertInvalid(forged);
    }

    @Test
    void rejectsAnotherSpellingOfItsOwnSignature() {
        // An HMAC-SHA256 is 32 bytes: 43 unpadded base64 characters, the last of which carries two unused
        // bits. Setting the lowest of them leaves the decoded bytes unchanged, so only an exact comparison
        // tells this string from the one the service issued.
        String genuine = cursors.encode(PRODUCT_ID);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char last = genuine.charAt(genuine.length() - 1);
        char sameBits = alphabet.charAt(alphabet.indexOf(last) ^ 1);
        String respelled = genuine.substring(0, genuine.length() - 1) + sameBits;
        assertThat(Base64.getUrlDecoder().decode(respelled.substring(respelled.indexOf('.') + 1)))
                .isEqualTo(Base64.getUrlDecoder().decode(genuine.substring(genuine.indexOf('.') + 1)));

        assertInvalid(respelled);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b", "%%%.%%%", "djE6eA.AAAA", "....", "djE6eA"})
    void rejectsAnythingItDidNotIssue(String cursor) {
        assertInvalid(cursor);
    }

    private void assertInvalid(String cursor) {
        assertThatThrownBy(() -> cursors.decode(cursor))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_CURSOR));
    }
}
