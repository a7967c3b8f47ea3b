package dev.tandem.localcloud.eventbridge;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The {@link EventTarget}s local EventBridge can deliver to, by the service part of a target's ARN. */
final class EventTargets {

    private final ConcurrentMap<String, EventTarget> byService = new ConcurrentHashMap<>();

    void register(EventTarget target) {
        byService.put(target.service(), target);
    }

    Optional<EventTarget> forService(String service) {
        return Optional.ofNullable(byService.get(service));
    }
}
