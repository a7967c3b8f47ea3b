package dev.tandem.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The catalog and order service: products, stock and orders in DynamoDB, image uploads straight to
 * S3, {@code OrderPlaced} out to EventBridge through an outbox, and the Lambda functions' results
 * back in through the {@code catalog-inbox} queue.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CatalogApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogApplication.class, args);
    }
}
