package dev.tandem.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every admin endpoint refuses a request without the admin's bearer token, whatever the request holds. */
class AdminAuthIT extends CatalogIntegrationTest {

    private static final String PRODUCT = "/api/products/" + UUID.randomUUID();

    /** Method and path of every admin route; {@link #coversEveryAdminRouteTheServiceHas} keeps it complete. */
    static Stream<Arguments> adminRoutes() {
        return Stream.of(
                Arguments.of("POST", "/api/products"),
                Arguments.of("PATCH", PRODUCT),
                Arguments.of("POST", PRODUCT + "/images"),
                Arguments.of("GET", "/api/recommendations/model"));
    }

    static Stream<Arguments> adminRoutesWithBadCredentials() {
        return adminRoutes().flatMap(route -> Stream.of(
                        new String[0],
                        new String[] {"Authorization", "Bearer not-the-admin-token"},
                        new String[] {"Authorization", "Bearer " + CatalogApi.ADMIN_TOKEN + "x"},
                        new String[] {"Authorization", "Basic " + CatalogApi.ADMIN_TOKEN},
                        new String[] {"Authorization", CatalogApi.ADMIN_TOKEN})
                .map(headers -> Arguments.of(route.get()[0], route.get()[1], headers)));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @ParameterizedTest(name = "{0} {1} with {2}")
    @MethodSource("adminRoutesWithBadCredentials")
    void refusesARequestWithoutTheAdminToken(String method, String path, String[] headers) {
        CatalogApi.Response response =
                api().send(method, path, "{}", concat(headers, "Content-Type", "application/json"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/unauthorized");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminRoutes")
    void checksTheTokenBeforeLookingAtTheBody(String method, String path) {
        CatalogApi.Response response = api().send(method, path, "this is not JSON", "Content-Type", "text/plain");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void coversEveryAdminRouteTheServiceHas() {
        Set<String> annotated = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> entry.getValue().hasMethodAnnotation(AdminOnly.class))
                .map(entry -> describe(
                        entry.getKey().getMethodsCondition().getMethods(),
                        entry.getKey().getPatternValues()))
                .collect(Collectors.toSet());

        assertThat(annotated)
                .containsExactlyInAnyOrder(
                        "POST /api/products",
                        "PATCH /api/products/{id}",
                        "POST /api/products/{productId}/images",
                        "GET /api/recommendations/model");
    }

    @Test
    void leavesOnlyReadsAndCheckoutPublic() {
        Set<String> publicWrites = mappings.getHandlerMethods().entrySet().stream()
                .filter(entry -> !entry.getValue().hasMethodAnnotation(AdminOnly.class))
                .filter(entry -> entry.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .filter(entry ->
                        !entry.getKey().getMethodsCondition().getMethods().equals(Set.of(RequestMethod.GET)))
                .map(entry -> describe(
                        entry.getKey().getMethodsCondition().getMethods(),
                        entry.getKey().getPatternValues()))
                .collect(Collectors.toSet());

        assertThat(publicWrites).containsExactly("POST /api/orders");
    }

    private static String describe(Set<RequestMethod> methods, Set<String> patterns) {
        return methods.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + " "
                + String.join(",", patterns);
    }

    private static String[] concat(String[] headers, String name, String value) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = name;
        all[headers.length + 1] = value;
        return all;
    }
}
