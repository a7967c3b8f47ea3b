package dev.tandem.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0b7f6a5e-3c1d-4e2f-9a8b-7c6d5e4f3a2b", "checkout.42", "trace:abc_DEF-9", "x"})
    void acceptsShortPlainIds(String id) {
        assertThat(CorrelationId.isAcceptable(id)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "line\nbreak", "quote\"", "<script>", "ünïcode"})
    void refusesAnythingElse(String id) {
        assertThat(CorrelationId.isAcceptable(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 129})
    void takesAtMost128Characters(int length) {
        assertThat(CorrelationId.isAcceptable("a".repeat(length))).isEqualTo(length <= 128);
    }
}
