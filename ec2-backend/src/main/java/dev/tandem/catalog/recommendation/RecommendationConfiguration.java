package dev.tandem.catalog.recommendation;

import dev.tandem.catalog.config.TandemProperties;
import dev.tandem.catalog.dynamodb.CatalogTables;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The builder's lease, and the S3 client that reads and writes the model's snapshots: the only S3
 * calls the service makes itself (images go through presigned URLs). Endpoint, region and
 * credentials come from the SDK's default chains, as for every other client.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationConfiguration {

    /** A snapshot of a large catalog is megabytes: more time than a DynamoDB call needs. */
    private static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(60);

    @Bean
    BuilderLease builderLease(CatalogTables tables, DynamoDbClient dynamoDb) {
        return new BuilderLease(tables, dynamoDb, Clock.systemUTC(), BuilderLease.ID);
    }

    @Bean
    S3Client recommendationSnapshotsS3Client(SdkHttpClient awsHttpClient, TandemProperties properties) {
        return S3Client.builder()
                .httpClient(awsHttpClient)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(properties.media().pathStyleAccess())
                        .build())
                .overrideConfiguration(timeout -> timeout.apiCallTimeout(API_CALL_TIMEOUT))
                .build();
    }
}
