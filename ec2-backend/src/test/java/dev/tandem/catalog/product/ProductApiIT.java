package dev.tandem.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ProductApiIT extends CatalogIntegrationTest {

    @Test
    void createsAProductAndReadsItBack() {
        String sku = "MUG-" + UUID.randomUUID();
        CatalogApi.Response created = api().asAdmin(
                        "POST",
                        "/api/products",
                        Map.of(
                                "sku",
                                sku,
                                "name",
                                "Stoneware mug",
                                "description",
                                "Holds 350 ml",
                                "priceCents",
                                1250,
                                "currency",
                                "EUR",
                                "stock",
                                40));

        assertThat(created.status()).isEqualTo(201);
        JsonNode product = created.json();
        String id = product.at("/id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/products/" + id);
        assertThat(product.at("/sku").asString()).isEqualTo(sku);
        assertThat(product.at("/name").asString()).isEqualTo("Stoneware mug");
        assertThat(product.at("/description").asString()).isEqualTo("Holds 350 ml");
        assertThat(product.at("/priceCents").asLong()).isEqualTo(1250);
        assertThat(product.at("/currency").asString()).isEqualTo("EUR");
        assertThat(product.at("/stock").asInt()).isEqualTo(40);
        assertThat(product.at("/images").isArray()).isTrue();
        assertThat(product.at("/images").isEmpty()).isTrue();
        assertThat(product.at("/createdAt").asString())
                .isEqualTo(product.at("/updatedAt").asString());

        CatalogApi.Response read = api().get("/api/products/" + id);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(product);
    }

    @Test
    void refusesASecondProductWithTheSameSku() {
        JsonNode first = api().createProduct(500, "EUR", 1);

        CatalogApi.Response second = api().asAdmin(
                        "POST",
                        "/api/products",
                        Map.of(
                                "sku",
                                first.at("/sku").asString(),
                                "name",
                                "Copy",
                                "priceCents",
                                1,
                                "currency",
                                "EUR",
                                "stock",
                                1));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/sku-taken");
    }

    @Test
    void listsEachInvalidField() {
        CatalogApi.Response response = api().asAdmin(
                        "POST",
                        "/api/products",
                        Map.of(
                                "sku",
                                "OK-" + UUID.randomUUID(),
                                "name",
                                "  ",
                                "priceCents",
                                -1,
                                "currency",
                                "EURO",
                                "stock",
                                -5));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/invalid-request");
        List<String> fields = new ArrayList<>();
        response.json()
                .at("/errors")
                .forEach(error -> fields.add(error.at("/field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("name", "priceCents", "currency", "stock");
    }

    @Test
    void changesOnlyTheFieldsAPatchNames() {
        JsonNode product = api().createProduct(900, "EUR", 3);
        String id = product.at("/id").asString();

        CatalogApi.Response patched =
                api().asAdmin("PATCH", "/api/products/" + id, Map.of("name", "Renamed mug", "stock", 12));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().at("/name").asString()).isEqualTo("Renamed mug");
        assertThat(patched.json().at("/stock").asInt()).isEqualTo(12);
        assertThat(patched.json().at("/priceCents").asLong()).isEqualTo(900);
        assertThat(patched.json().at("/description").asString())
                .isEqualTo(product.at("/description").asString());
        assertThat(Instant.parse(patched.json().at("/updatedAt").asString()))
                .isAfter(Instant.parse(product.at("/updatedAt").asString()));
        assertThat(api().get("/api/products/" + id).json()).isEqualTo(patched.json());
    }

    @Test
    void refusesAPatchThatChangesNothingOrAFieldThatCannotChange() {
        String id = api().createProduct(900, "EUR", 3).at("/id").asString();

        assertThat(api().asAdmin("PATCH", "/api/products/" + id, Map.of()).status())
                .isEqualTo(400);
        CatalogApi.Response skuChange = api().asAdmin("PATCH", "/api/products/" + id, Map.of("sku", "NEW"));
        assertThat(skuChange.status()).isEqualTo(400);
        assertThat(skuChange.json().at("/errors/0/field").asString()).isEqualTo("sku");
    }

    @Test
    void answers404ForAProductThatDoesNotExist() {
        String unknown = UUID.randomUUID().toString();

        assertThat(api().get("/api/products/" + unknown).status()).isEqualTo(404);
        assertThat(api().get("/api/products/not-a-product-id")
                        .json()
                        .at("/type")
                        .asString())
                .isEqualTo("https://tandem.dev/problems/not-found");
        assertThat(api().asAdmin("PATCH", "/api/products/" + unknown, Map.of("stock", 1))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void pagesThroughEveryProductOnceWithOpaqueCursors() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(api().createProduct(100 + i, "EUR", 1).at("/id").asString());
        }

        Map<String, Integer> seen = new HashMap<>();
        String cursor = null;
        int pages = 0;
        do {
            String query = "/api/products?limit=2" + (cursor == null ? "" : "&cursor=" + cursor);
            CatalogApi.Response page = api().get(query);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().at("/items").size()).isBetween(1, 2);
            page.json().at("/items").forEach(item -> seen.merge(item.at("/id").asString(), 1, Integer::sum));
            cursor = page.json().at("/nextCursor").isNull()
                    ? null
                    : page.json().at("/nextCursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(seen.keySet()).containsAll(created);
        assertThat(seen.values()).allMatch(times -> times == 1);
        assertThat(pages).isEqualTo((seen.size() + 1) / 2);
    }

    @Test
    void refusesACursorItDidNotIssue() {
        api().createProduct(100, "EUR", 1);
        api().createProduct(100, "EUR", 1);
        String cursor =
                api().get("/api/products?limit=1").json().at("/nextCursor").asString();
        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String forged : List.of(tampered, "bm90LWEtY3Vyc29y", "djE6eA.c2lnbmF0dXJl")) {
            CatalogApi.Response response = api().get("/api/products?cursor=" + forged);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/invalid-cursor");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "many"})
    void refusesALimitOutsideOneToOneHundred(String limit) {
        CatalogApi.Response response = api().get("/api/products?limit=" + limit);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/type").asString()).isEqualTo("https://tandem.dev/problems/invalid-request");
    }
}
