package dev.tandem.catalog.recommendation;

import dev.tandem.catalog.web.AdminOnly;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Customers who bought this also bought", for anyone; the model's figures, for the admin. */
@RestController
class RecommendationController {

    private final RecommendationService recommendations;

    RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/products/{id}/recommendations")
    @ApiResponse(
            responseCode = "200",
            description = "Products bought in the same orders (basis co-purchases) or, when there are none, the"
                    + " best-sellers (basis bestsellers); never out-of-stock ones")
    @ApiResponse(responseCode = "400", description = "invalid-request (limit)")
    @ApiResponse(responseCode = "404", description = "not-found")
    RecommendationsResponse recommendations(
            @PathVariable String id, @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit) {
        return recommendations.recommend(id, limit);
    }

    @AdminOnly
    @GetMapping("/api/recommendations/model")
    @ApiResponse(responseCode = "200", description = "The model this instance serves")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    ModelStatusResponse model() {
        return recommendations.status();
    }
}
