package dev.tandem.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.tandem.catalog.CatalogApi;
import dev.tandem.catalog.CatalogIntegrationTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs {@link ApiFuzzProperties} (jqwik) against the service this test run started: jqwik is an
 * engine of its own and cannot join the Spring test context, so this test hands it the API and
 * launches it, and fails if a property fails. jqwik prints each property's report to the test's
 * output: the seed, and for a failure the original and the shrunk sample.
 */
class ApiFuzzIT extends CatalogIntegrationTest {

    @Test
    void answersEveryMalformedRequestWithAProblemAndNeverWithA5xx() {
        CatalogApi api = api();
        String productId = api.createProduct(1500, "EUR", 1000).at("/id").asString();
        CatalogApi.Response upload = api.asAdmin(
                "POST",
                "/api/products/" + productId + "/images",
                Map.of("contentType", "image/png", "contentLength", 10));
        assertThat(upload.status()).isEqualTo(201);
        ApiFuzzProperties.api = api;
        ApiFuzzProperties.productId = productId;
        ApiFuzzProperties.imageId = upload.json().at("/image/imageId").asString();

        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(ApiFuzzProperties.class))
                                .build(),
                        listener);

        TestExecutionSummary summary = listener.getSummary();
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 30);
        assertThat(summary.getTestsFoundCount()).isEqualTo(6);
        assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(6);
    }
}
