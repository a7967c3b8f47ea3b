package dev.tandem.catalog.recommendation;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The model this instance answers from. Lookups read one reference, so a request sees either the
 * old model or the new one, never a mix; a model is swapped in only if it was built later than the
 * one it replaces, so a slow download of an older snapshot cannot undo a newer one.
 */
@Component
class CurrentModel {

    private final AtomicReference<RecommendationModel> model = new AtomicReference<>();

    Optional<RecommendationModel> get() {
        return Optional.ofNullable(model.get());
    }

    /** Swaps {@code candidate} in if it is newer than the current model; true if it did. */
    boolean offer(RecommendationModel candidate) {
        RecommendationModel previous = model.getAndAccumulate(candidate, CurrentModel::newer);
        return previous != candidate && newer(previous, candidate) == candidate;
    }

    private static RecommendationModel newer(RecommendationModel current, RecommendationModel candidate) {
        if (current == null || candidate.builtAt().isAfter(current.builtAt())) {
            return candidate;
        }
        return current;
    }
}
