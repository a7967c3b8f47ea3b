package dev.tandem.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A headless Debian Chromium driven by Playwright, with a fresh profile, sized like a laptop screen
 * so that its screenshots can go into the README. Playwright downloads no browser of its own.
 */
final class Chromium implements AutoCloseable {

    /**
     * Without the background-networking switches Chromium reaches out to Google's services at start,
     * which this build machine refuses; QUIC and the GPU are of no use headless either.
     */
    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final BrowserContext context;
    private final Path screenshots;

    private Chromium(Playwright playwright, BrowserContext context, Path screenshots) {
        this.playwright = playwright;
        this.context = context;
        this.screenshots = screenshots;
    }

    static Chromium launch() {
        Path executable = Path.of(System.getProperty("tandem.chromium", "/usr/bin/chromium"));
        Path screenshots = Path.of(System.getProperty("tandem.screenshots", "target/screenshots"));
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            BrowserContext context = playwright
                    .chromium()
                    .launchPersistentContext(
                            Files.createTempDirectory("tandem-chromium"),
                            new BrowserType.LaunchPersistentContextOptions()
                                    .setExecutablePath(executable)
                                    .setHeadless(true)
                                    .setArgs(ARGS)
                                    .setViewportSize(1280, 800));
            return new Chromium(playwright, context, screenshots);
        } catch (IOException | RuntimeException e) {
            playwright.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    Page open(String url) {
        Page page = newPage();
        page.navigate(url);
        return page;
    }

    Page newPage() {
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    /** Saves what the page shows now as {@code <name>.png} in the screenshots directory. */
    Path screenshot(Page page, String name) {
        Path file = screenshots.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            playwright.close();
        }
    }
}
