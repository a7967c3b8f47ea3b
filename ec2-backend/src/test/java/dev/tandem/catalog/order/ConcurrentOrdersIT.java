package dev.tandem.catalog.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Stock never goes below zero, however many customers try for the last items at once. */
class ConcurrentOrdersIT extends CatalogIntegrationTest {

    private static final int STOCK = 50;
    private static final int CUSTOMERS = 200;

    @Test
    void sellsExactlyTheStockWhenTwoHundredOrdersRaceForFifty() throws Exception {
        String product = api().createProduct(999, "EUR", STOCK).at("/id").asString();
        Map<String, Object> oneItem = OrderApiIT.order(Map.of(product, 1));
        CountDownLatch go = new CountDownLatch(1);

        List<Integer> statuses;
        try (ExecutorService customers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> attempts = IntStream.range(0, CUSTOMERS)
                    .mapToObj(i -> customers.submit(() -> {
                        go.await();
                        return api().sendJson("POST", "/api/orders", oneItem).status();
                    }))
                    .toList();
            go.countDown();
            statuses = attempts.stream().map(ConcurrentOrdersIT::get).toList();
        }

        // Exactly the stock is sold. Every other customer hears "out of stock" (409) or, when ten
        // attempts in a row lost to other transactions on the same item, "busy, retry" (503 busy):
        // on a loaded machine a few do, and neither reserved anything.
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(STOCK);
        assertThat(statuses.stream().filter(status -> status != 201))
                .allMatch(status -> status == 409 || status == 503);
        assertThat(statuses.stream().filter(status -> status == 409).count()).isGreaterThan(CUSTOMERS / 2);
        CatalogApi.Response after = api().get("/api/products/" + product);
        assertThat(after.json().at("/stock").asInt()).isZero();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
