/**
 * The catalog and order service that runs on EC2 ({@link dev.tandem.catalog.CatalogApplication}, the class to read
 * first). Each sub-package is an application module, which {@code ModuleStructureTest} verifies and draws under
 * {@code docs/modules}: the features {@code product}, {@code image}, {@code order} and
 * {@code recommendation} (what customers also bought); {@code outbox} (events out to
 * the bus) and {@code inbox} (the functions' results in); what they all share, {@code config}, {@code dynamodb},
 * {@code ids} and {@code web}, none of which may depend on a feature; and, on the side, {@code metrics} (the service's
 * own figures) and {@code lab} (what the decision lab calls).
 */
package dev.tandem.catalog;
