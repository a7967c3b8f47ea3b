package dev.tandem.catalog;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.LocalAwsClients;
import org.springframework.boot.SpringApplication;

/**
 * Runs the service alone against a fresh {@link LocalAws}, to try the API by hand:
 *
 * <pre>
 * ./mvnw -pl ec2-backend -am install -DskipTests
 * TANDEM_ADMIN_TOKEN=choose-a-long-token ./mvnw -pl ec2-backend spring-boot:test-run
 * </pre>
 *
 * It starts the emulators, creates what CDK would create around the service ({@link
 * LocalCloudResources}), and starts the service with the {@code local} profile, which creates its
 * tables. The service reaches LocalAws through the SDK's standard system properties, exactly as in
 * the integration tests. The admin token comes from {@code TANDEM_ADMIN_TOKEN}, as always.
 */
public final class LocalCatalogApplication {

    private LocalCatalogApplication() {}

    public static void main(String[] args) {
        LocalAws aws = LocalAws.start();
        LocalAwsClients clients = LocalAwsClients.connectTo(aws);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            clients.close();
                            aws.close();
                        },
                        "local-aws-shutdown"));
        LocalCloudResources.provide(aws, clients);
        SpringApplication.from(CatalogApplication::main)
                .withAdditionalProfiles("local")
                .run(
                        "--tandem.media.bucket=" + LocalCloudResources.BUCKET,
                        "--tandem.bus.name=" + LocalCloudResources.BUS,
                        "--tandem.inbox.queue=" + LocalCloudResources.INBOX_QUEUE);
    }
}
