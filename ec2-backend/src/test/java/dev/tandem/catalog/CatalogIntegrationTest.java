package dev.tandem.catalog;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.LocalAwsClients;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The base of every integration test: the whole service, on a random port, against the test run's
 * {@link LocalAws}. All subclasses share one Spring context (same configuration), so the service
 * starts once per test run.
 *
 * <p>The service finds LocalAws the way it finds AWS, through the SDK's standard settings: before
 * the context starts, {@link LocalCloudResources} copies LocalAws's environment into the matching
 * JVM system properties ({@code aws.endpointUrl} for {@code AWS_ENDPOINT_URL}, local-cloud's one
 * endpoint for every service, and so on), which the SDK reads exactly like the variables. No client
 * is configured for tests. The service publishes its metrics, every second, to LocalAws's
 * CloudWatch. Every answer the tests get through {@link CatalogApi} is checked against the
 * service's OpenAPI document ({@link ApiContract}), which springdoc renders as OpenAPI 3.0 here
 * for the validator's sake.
 */
@ExtendWith(LocalAwsExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "tandem.admin.token=" + CatalogApi.ADMIN_TOKEN,
            "tandem.tables.products=it-products",
            "tandem.tables.orders=it-orders",
            "tandem.tables.outbox=it-outbox",
            "tandem.tables.claims=it-claims",
            "tandem.media.bucket=" + LocalCloudResources.BUCKET,
            "tandem.bus.name=" + LocalCloudResources.BUS,
            "tandem.inbox.queue=" + LocalCloudResources.INBOX_QUEUE,
            "tandem.outbox.poll-interval=100ms",
            "tandem.outbox.initial-backoff=50ms",
            "tandem.outbox.max-backoff=400ms",
            "tandem.outbox.lease=5s",
            "tandem.metrics.enabled=true",
            "tandem.metrics.environment=" + CatalogIntegrationTest.METRICS_ENVIRONMENT,
            "tandem.metrics.interval=1s",
            "spring.cloud.aws.sqs.listener.poll-timeout=1s",
            "springdoc.api-docs.version=openapi_3_0",
            "tandem.lab.report-file=" + CatalogIntegrationTest.REPORT_FILE
        })
@ActiveProfiles("local")
@Import(FaultInjectionConfiguration.class)
public abstract class CatalogIntegrationTest {

    /** The {@code Environment} dimension of the metrics the service publishes to LocalAws's CloudWatch. */
    protected static final String METRICS_ENVIRONMENT = "it";

    /** Where the service looks for the decision lab's report; no test run writes one but the one that checks it. */
    protected static final String REPORT_FILE = "target/it-lab/report.html";

    @LocalServerPort
    private int port;

    @BeforeAll
    static void provideTheCloudTheServiceExpects(LocalAws aws, LocalAwsClients clients) {
        LocalCloudResources.provide(aws, clients);
    }

    protected CatalogApi api() {
        return new CatalogApi(port);
    }
}
