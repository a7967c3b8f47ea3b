package dev.tandem.catalog.outbox;

import dev.tandem.catalog.config.TandemProperties;
import dev.tandem.catalog.ids.CorrelationIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Puts outbox records on the event bus, one {@code PutEvents} call per batch. EventBridge answers
 * each entry separately, so one batch can be partly accepted: accepted records are handed to the
 * caller at once, and refused ones make the call fail afterwards so that the relay backs off.
 */
@Component
class BusPublisher {

    /** The most entries one {@code PutEvents} call takes. */
    static final int MAX_BATCH = 10;

    private static final Logger log = LoggerFactory.getLogger(BusPublisher.class);

    private final EventBridgeClient eventBridge;
    private final String busName;
    private final Counter published;

    BusPublisher(EventBridgeClient eventBridge, TandemProperties properties, MeterRegistry meters) {
        this.eventBridge = eventBridge;
        this.busName = properties.bus().name();
        this.published = meters.counter("tandem.outbox.published");
    }

    void publish(List<OutboxRecord> batch, Consumer<OutboxRecord> onAccepted) {
        PutEventsResponse response = eventBridge.putEvents(
                request -> request.entries(batch.stream().map(this::entry).toList()));
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            OutboxRecord record = batch.get(i);
            PutEventsResultEntry result = response.entries().get(i);
            try (MDC.MDCCloseable _ = CorrelationIds.bind(record.correlationId())) {
                if (result.errorCode() == null) {
                    onAccepted.accept(record);
                    published.increment();
                    log.info("Published {} {} to bus {}", record.detailType(), record.id(), busName);
                } else {
                    refused.add(record.id());
                    log.warn(
                            "Bus {} refused {} {}: {} {}",
                            busName,
                            record.detailType(),
                            record.id(),
                            result.errorCode(),
                            result.errorMessage());
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("bus " + busName + " refused records " + refused);
        }
    }

    private PutEventsRequestEntry entry(OutboxRecord record) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(record.source())
                .detailType(record.detailType())
                .detail(record.detail())
                .time(record.createdAt())
                .build();
    }
}
