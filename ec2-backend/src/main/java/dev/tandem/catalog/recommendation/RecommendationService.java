package dev.tandem.catalog.recommendation;

import dev.tandem.catalog.product.ProductSummaries;
import dev.tandem.catalog.product.ProductSummary;
import dev.tandem.catalog.recommendation.RecommendationModel.Scored;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Answers "customers who bought this also bought" from the current model, in the API's terms:
 * the product's neighbours, or the best-sellers when it has none, without the product itself and
 * without anything out of stock.
 */
@Service
class RecommendationService {

    private final CurrentModel current;
    private final ProductSummaries products;
    private final Clock clock = Clock.systemUTC();

    RecommendationService(CurrentModel current, ProductSummaries products) {
        this.current = current;
        this.products = products;
    }

    RecommendationsResponse recommend(String productId, int limit) {
        if (products.find(productId).isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "There is no product " + productId + ".");
        }
        Optional<RecommendationModel> model = current.get();
        List<Scored> neighbours = model.map(m -> m.neighboursOf(productId)).orElse(List.of());
        List<RecommendationsResponse.Item> items = available(neighbours, productId, limit);
        String basis = RecommendationsResponse.CO_PURCHASES;
        if (items.isEmpty()) {
            basis = RecommendationsResponse.BESTSELLERS;
            items = available(model.map(RecommendationModel::bestsellers).orElse(List.of()), productId, limit);
        }
        return new RecommendationsResponse(
                productId,
                basis,
                model.map(RecommendationModel::version).orElse(null),
                model.map(RecommendationModel::builtAt).orElse(null),
                items);
    }

    ModelStatusResponse status() {
        return current.get()
                .map(model -> new ModelStatusResponse(
                        true,
                        model.version(),
                        model.builtAt(),
                        Duration.between(model.builtAt(), clock.instant()).toSeconds(),
                        model.products(),
                        model.pairs(),
                        model.orders(),
                        model.buildDuration().toMillis()))
                .orElse(new ModelStatusResponse(false, null, null, null, null, null, null, null));
    }

    /**
     * The first {@code limit} of {@code candidates} that exist, are in stock and are not the product
     * itself. Reads the candidates' products in one batch: a model keeps few enough per product.
     */
    private List<RecommendationsResponse.Item> available(List<Scored> candidates, String productId, int limit) {
        Map<String, ProductSummary> found =
                products.findAll(candidates.stream().map(Scored::productId).toList());
        List<RecommendationsResponse.Item> items = new ArrayList<>(limit);
        for (Scored candidate : candidates) {
            ProductSummary product = found.get(candidate.productId());
            if (items.size() == limit) {
                break;
            }
            if (product != null && product.inStock() && !product.id().equals(productId)) {
                items.add(new RecommendationsResponse.Item(
                        product.id(),
                        product.name(),
                        product.priceCents(),
                        product.currency(),
                        product.thumbnailUrl().orElse(null),
                        candidate.score()));
            }
        }
        return items;
    }
}
