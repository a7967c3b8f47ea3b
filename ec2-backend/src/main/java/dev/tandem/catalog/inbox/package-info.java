/**
 * Where the Lambda functions' results come in: the listener on the {@code catalog-inbox} queue ({@link
 * dev.tandem.catalog.inbox.InboxListener}, the class to read first) hands each event to the feature that owns it
 * through {@code InboxHandler}, which {@code image} and {@code order} implement.
 *
 * <p>It knows no feature: features plug into it, so adding a function's result never changes this package.
 */
@ApplicationModule(allowedDependencies = {"config", "ids"})
package dev.tandem.catalog.inbox;

import org.springframework.modulith.ApplicationModule;
