/**
 * The HTTP edge that every feature's controllers share: errors answered as RFC 9457 problems ({@link
 * dev.tandem.catalog.web.ApiExceptionHandler}, the class to read first, with {@code ProblemType}), the admin token
 * ({@code AdminOnly}), a correlation id on every request, the request body limit, and the OpenAPI document.
 *
 * <p>Features depend on it (they throw {@code ProblemException} and mark admin handlers); it depends on no feature,
 * only on the settings and the ids, so that the edge never decides anything about the catalog or its orders.
 */
@ApplicationModule(allowedDependencies = {"config", "ids"})
package dev.tandem.catalog.web;

import org.springframework.modulith.ApplicationModule;
