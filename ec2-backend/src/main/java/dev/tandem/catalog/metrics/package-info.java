/**
 * The service's own figures beyond those Spring Boot publishes (requests per endpoint with their latency histogram,
 * the process's CPU time, the JVM's memory): the process's resident memory ({@link
 * dev.tandem.catalog.metrics.ResidentMemoryMetrics}, the class to read first). All of it is read when metrics are
 * scraped ({@code /actuator/prometheus}, {@code /actuator/metrics}), never on a request's path. The outbox's backlog,
 * which goes to CloudWatch, is the outbox's own.
 */
@ApplicationModule(allowedDependencies = {})
package dev.tandem.catalog.metrics;

import org.springframework.modulith.ApplicationModule;
