package dev.tandem.catalog.inbox;

import dev.tandem.events.EventType;
import dev.tandem.events.TandemEvent;
import java.util.Set;

/**
 * Applies events from the {@code catalog-inbox} queue to one feature's state. The queue delivers
 * at least once and in no particular order, so {@link #apply} must be idempotent and must not move
 * state backwards: applying an event twice, or after a later one, leaves the state as it was.
 */
public interface InboxHandler {

    /** The event types this handler applies; each type has exactly one handler. */
    Set<EventType> handles();

    /** Applies {@code event}; throws if it could not, so that the message is delivered again. */
    void apply(TandemEvent event);
}
