package dev.tandem.catalog.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

class CorrelationIdsTest {

    @Test
    void keepsAPlainIdFromTheCaller() {
        assertThat(CorrelationIds.acceptOrCreate("checkout-7f3a.42")).isEqualTo("checkout-7f3a.42");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"two words", "line\nbreak", "{\"json\":1}", "<script>"})
    void replacesAnIdItWouldNotWantInItsLogs(String candidate) {
        String id = CorrelationIds.acceptOrCreate(candidate);

        assertThat(id).isNotEqualTo(candidate).matches("[0-9a-f-]{36}");
    }

    @Test
    void replacesAnOverlongId() {
        assertThat(CorrelationIds.acceptOrCreate("x".repeat(129))).hasSize(36);
    }

    @Test
    void bindsTheIdToTheMdcUntilClosed() {
        try (MDC.MDCCloseable _ = CorrelationIds.bind("abc")) {
            assertThat(MDC.get(CorrelationIds.MDC_KEY)).isEqualTo("abc");
        }
        assertThat(MDC.get(CorrelationIds.MDC_KEY)).isNull();
    }
}
