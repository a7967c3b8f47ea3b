package dev.tandem.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.awt.Color;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin page in a real browser: the upload goes from Chromium straight to the local S3. */
@ExtendWith({TargetCondition.class, TandemExtension.class})
class AdminPageIT {

    /** The image-resizer's round trip takes a few seconds; a cold function JVM somewhat more. */
    private static final double SETTLE_MS = 60_000;

    private final RunningTandem tandem;

    AdminPageIT(RunningTandem tandem) {
        this.tandem = tandem;
    }

    @Test
    void anAdminCreatesAProductUploadsAJpegAndSeesItsThumbnailAppear() {
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.newPage();
            Response served =
                    page.navigate(tandem.serviceUri().resolve("/admin.html").toString());
            // A static page goes through the service's filters like the API, without the admin check.
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.headerValue("content-type")).startsWith("text/html");
            assertThat(served.headerValue("x-correlation-id")).isNotBlank();

            page.getByLabel("Admin token").fill(tandem.adminToken());
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Continue").setExact(true))
                    .click();
            page.getByLabel("SKU").fill("UI-" + UUID.randomUUID());
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Harbour mug");
            page.getByLabel("Description").fill("Hand-thrown stoneware, 350 ml.");
            page.getByLabel("Price (cents)").fill("1850");
            page.getByLabel("Stock").fill("12");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Create product")
                                    .setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit Harbour mug")))
                    .isVisible();

            page.getByLabel("JPEG, PNG or WebP, up to 20 MiB")
                    .setInputFiles(ProductPhotos.mug(1600, 1200, new Color(0x1d3557)));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Upload").setExact(true))
                    .click();

            Locator image = page.locator("#image-list li");
            assertThat(image.locator(".image-status .badge"))
                    .hasText("READY", new LocatorAssertions.HasTextOptions().setTimeout(SETTLE_MS));
            Locator thumbnail = image.locator("img");
            assertThat(thumbnail).isVisible();
            // The rendition's presigned GET, loaded by the browser from the local S3: 200 px wide.
            assertThat(thumbnail).hasJSProperty("naturalWidth", 200);
            assertThat(page.locator("#progress")).hasJSProperty("value", 100.0);
            chromium.screenshot(page, "admin");
        }
    }
}
