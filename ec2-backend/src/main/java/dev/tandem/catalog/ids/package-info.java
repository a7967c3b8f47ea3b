/**
 * Identifiers: the random UUIDs the service gives what it stores ({@link dev.tandem.catalog.ids.Ids}, the class to
 * read first), and the correlation id that ties one request's or event's log lines together across the service and
 * the functions ({@code CorrelationIds}).
 *
 * <p>Used by the domain, the web edge and the messaging alike, so it depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package dev.tandem.catalog.ids;

import org.springframework.modulith.ApplicationModule;
