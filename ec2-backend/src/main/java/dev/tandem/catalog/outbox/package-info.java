/**
 * Events out, at least once: a feature adds its event to the same DynamoDB transaction as its change ({@link
 * dev.tandem.catalog.outbox.Outbox}, the class to read first), and {@code OrderOutboxRelay} publishes it to the bus
 * afterwards, backing off while the bus fails; {@code OutboxBacklogPublisher} reports what is left to CloudWatch.
 *
 * <p>It knows no feature: it stores and publishes whatever {@code TandemEvent} it is given.
 */
@ApplicationModule(allowedDependencies = {"config", "dynamodb", "ids"})
package dev.tandem.catalog.outbox;

import org.springframework.modulith.ApplicationModule;
