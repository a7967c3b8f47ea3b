package dev.tandem.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The storefront in a real browser: from the product grid through checkout to a settled order. */
@ExtendWith({TargetCondition.class, TandemExtension.class})
class StorefrontIT {

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final double SETTLE_MS = SETTLE.toMillis();

    private final RunningTandem tandem;
    private final TandemApi api;

    StorefrontIT(RunningTandem tandem) {
        this.tandem = tandem;
        this.api = tandem.api();
    }

    @Test
    void aShopperPaysWithAGoodCardAndSeesTheOrderTurnPaid() throws IOException {
        String productId = productWithPicture("Lagoon mug", new Color(0x2a9d8f));
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.open(tandem.serviceUri().toString());

            Locator card = findCard(page, productId);
            Locator thumbnail = card.locator("img");
            thumbnail.scrollIntoViewIfNeeded();
            // The thumbnail rendition's presigned GET, loaded by the browser from the local S3.
            assertThat(thumbnail).hasJSProperty("naturalWidth", 200);
            chromium.screenshot(page, "storefront");

            card.getByRole(AriaRole.LINK).click();
            // The product page shows the larger rendition: 800 px wide.
            assertThat(page.locator(".detail img")).hasJSProperty("naturalWidth", 800);
            Page order = checkOut(page, "tok_visa");

            assertThat(order.locator("#order-status"))
                    .hasText("PAID", new LocatorAssertions.HasTextOptions().setTimeout(SETTLE_MS));
            chromium.screenshot(order, "order-paid");
        }
    }

    @Test
    void aShopperWhoseCardIsDeclinedSeesPaymentFailedAndWhy() throws IOException {
        String productId = productWithPicture("Ember mug", new Color(0xe76f51));
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.open(
                    tandem.serviceUri().resolve("/#/product/" + productId).toString());

            Page order = checkOut(page, "tok_chargeDeclined");

            assertThat(order.locator("#order-status"))
                    .hasText("PAYMENT_FAILED", new LocatorAssertions.HasTextOptions().setTimeout(SETTLE_MS));
            assertThat(order.locator("#order-reason")).hasText("Reason: CARD_DECLINED");
            chromium.screenshot(order, "order-payment-failed");
        }
    }

    @Test
    void theProductPageShowsWhatCustomersWhoBoughtItAlsoBought() throws IOException {
        assumeTrue(
                E2eTarget.configured() != E2eTarget.AWS,
                "skipped: a deployed stack rebuilds its recommendation model after 500 paid orders or on the hour");
        String teapot = productWithPicture("Celadon teapot", new Color(0x8ab17d));
        String cups = productWithPicture("Celadon cups", new Color(0x264653));
        Shop shop = new Shop(tandem);
        for (int i = 0; i < 3; i++) {
            shop.settled(shop.placeOrder(Map.of(teapot, 1, cups, 1), "tok_visa"));
        }
        await().atMost(SETTLE)
                .until(() ->
                        api.get("/api/products/" + teapot + "/recommendations").body().path("items").values().stream()
                                .anyMatch(item ->
                                        item.path("productId").asString().equals(cups)));
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.open(
                    tandem.serviceUri().resolve("/#/product/" + teapot).toString());

            Locator alsoBought = page.locator("#also-bought");
            assertThat(alsoBought.locator("#also-bought-heading")).hasText("Customers who bought this also bought");
            Locator card = alsoBought.locator("[data-product='" + cups + "']");
            assertThat(card).containsText("Celadon cups");
            assertThat(card).containsText("16.50");
            // The recommended product's thumbnail rendition, as on the grid.
            assertThat(card.locator("img")).hasJSProperty("naturalWidth", 200);
            alsoBought.scrollIntoViewIfNeeded();
            chromium.screenshot(page, "product-also-bought");
        }
    }

    /**
     * The product's card in the grid, which shows a page of products at a time: other tests create
     * products too, so it may be a few pages down. Each round waits until the grid is not busy.
     */
    private static Locator findCard(Page page, String productId) {
        Locator grid = page.locator("#product-grid");
        Locator card = grid.locator("[data-product='" + productId + "']");
        assertThat(grid).hasAttribute("aria-busy", "false");
        while (card.count() == 0) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More products"))
                    .click();
            assertThat(grid).hasAttribute("aria-busy", "false");
        }
        return card;
    }

    /** From a product page: into the cart, pick the card, place the order; the order page follows. */
    private static Page checkOut(Page page, String paymentToken) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Add to cart").setExact(true))
                .click();
        assertThat(page.locator("#cart-count")).hasText("1");
        page.locator("a[href='#/cart']").click();
        page.getByLabel("Payment card (test token)").selectOption(paymentToken);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Order")))
                .isVisible();
        return page;
    }

    /** A product with a READY image, set up through the API: the admin page has its own test. */
    private String productWithPicture(String name, Color colour) throws IOException {
        TandemApi.Response created = api.postAsAdmin("/api/products", """
                {"sku":"UI-%s","name":"%s","description":"Stoneware, 350 ml.","priceCents":1650,\
                "currency":"EUR","stock":10}""".formatted(UUID.randomUUID(), name));
        String productId = created.body().path("id").asString();
        byte[] jpeg = Files.readAllBytes(ProductPhotos.mug(1600, 1200, colour));
        JsonNode upload = api.postAsAdmin(
                        "/api/products/" + productId + "/images",
                        "{\"contentType\":\"image/jpeg\",\"contentLength\":" + jpeg.length + "}")
                .body();
        api.upload(upload.path("upload"), jpeg);
        String imagePath = "/api/products/" + productId + "/images/"
                + upload.path("imageId").asString();
        await().atMost(SETTLE)
                .until(() -> api.get(imagePath).body().path("status").asString(), "READY"::equals);
        return productId;
    }
}
