package dev.tandem.localcloud;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services a {@link LocalAws} has started so far, which it stops in the reverse order: on {@link
 * LocalAws#close()}, or at once if another service fails to start. Services may start on several threads.
 */
final class StartedServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StartedServices.class);

    private final Deque<AutoCloseable> services = new ConcurrentLinkedDeque<>();

    <T extends AutoCloseable> T add(T service) {
        services.addFirst(service);
        return service;
    }

    /** Stops every service; one that fails to stop is logged and does not keep the others running. */
    @Override
    public void close() {
        for (AutoCloseable service = services.pollFirst(); service != null; service = services.pollFirst()) {
            try {
                service.close();
            } catch (Exception e) {
                log.warn("Could not stop {}", service.getClass().getSimpleName(), e);
            }
        }
    }
}
