package dev.tandem.catalog.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentModelTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void swapsInANewerModelButNeverAnOlderOne() {
        CurrentModel current = new CurrentModel();
        RecommendationModel first = model("v-1", NOW);
        RecommendationModel second = model("v-2", NOW.plusSeconds(60));

        assertThat(current.get()).isEmpty();
        assertThat(current.offer(first)).isTrue();
        assertThat(current.offer(second)).isTrue();
        assertThat(current.offer(first))
                .as("a slow download of an older snapshot")
                .isFalse();
        assertThat(current.offer(second)).as("the same model again").isFalse();
        assertThat(current.get()).containsSame(second);
    }

    private static RecommendationModel model(String version, Instant builtAt) {
        CoPurchaseModelBuilder builder = new CoPurchaseModelBuilder(5);
        builder.addOrder(List.of("a", "b"));
        return builder.build(version, builtAt, builtAt, Duration.ZERO);
    }
}
