/**
 * How the service keeps its state in DynamoDB, for the features that own the items: the tables and their keys
 * ({@link dev.tandem.catalog.dynamodb.CatalogTables}, the class to read first), records to items and back ({@code
 * Items}), transactions retried when they only conflicted ({@code DynamoDbTransactions}), the readiness check and
 * the bootstrap that creates tables in local runs.
 *
 * <p>Shared storage plumbing, so it may use the settings only: what an item means is up to the feature that writes it.
 */
@ApplicationModule(allowedDependencies = "config")
package dev.tandem.catalog.dynamodb;

import org.springframework.modulith.ApplicationModule;
