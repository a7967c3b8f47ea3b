package dev.tandem.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminTokenTest {

    private final AdminToken token = new AdminToken("s3cret-admin-token-value");

    @Test
    void acceptsTheTokenAsABearerCredential() {
        assertThat(token.isPresentIn("Bearer s3cret-admin-token-value")).isTrue();
    }

    @Test
    void acceptsTheSchemeInAnyCase() {
        assertThat(token.isPresentIn("bearer s3cret-admin-token-value")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "Bearer",
                "Bearer ",
                "Bearer s3cret-admin-token-valu",
                "Bearer s3cret-admin-token-value2",
                "Bearer S3CRET-ADMIN-TOKEN-VALUE",
                "Basic s3cret-admin-token-value",
                "s3cret-admin-token-value",
                "Bearers3cret-admin-token-value"
            })
    void refusesAnythingElse(String authorization) {
        assertThat(token.isPresentIn(authorization)).isFalse();
    }
}
