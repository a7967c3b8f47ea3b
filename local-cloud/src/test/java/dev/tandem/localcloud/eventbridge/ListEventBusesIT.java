package dev.tandem.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.EventBus;

/** {@code ListEventBuses}, https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListEventBuses.html. */
@ExtendWith(LocalAwsExtension.class)
class ListEventBusesIT {

    private final EventBridgeClient events;
    private final String prefix = "listed-" + UUID.randomUUID().toString().substring(0, 8);

    ListEventBusesIT(EventBridgeClient events) {
        this.events = events;
    }

    @Test
    void alwaysListsTheDefaultBus() {
        var buses = events.listEventBuses(request -> {}).eventBuses();

        assertThat(buses).anySatisfy(bus -> {
            assertThat(bus.name()).isEqualTo("default");
            assertThat(bus.arn()).isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/default");
            assertThat(bus.creationTime()).isNotNull();
            assertThat(bus.lastModifiedTime()).isNotNull();
        });
    }

    @Test
    void listsTheBusesWhoseNamesStartWithThePrefixInPagesByName() {
        events.createEventBus(request -> request.name(prefix + "-b"));
        events.createEventBus(request -> request.name(prefix + "-a"));
        events.createEventBus(request -> request.name(prefix + "-c"));

        var first = events.listEventBuses(request -> request.namePrefix(prefix).limit(2));
        var second = events.listEventBuses(
                request -> request.namePrefix(prefix).limit(2).nextToken(first.nextToken()));

        assertThat(first.eventBuses()).extracting(EventBus::name).containsExactly(prefix + "-a", prefix + "-b");
        assertThat(first.nextToken()).isNotNull();
        assertThat(second.eventBuses()).extracting(EventBus::name).containsExactly(prefix + "-c");
        assertThat(second.nextToken()).isNull();
        assertThat(second.eventBuses().getFirst().arn())
                .isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/" + prefix + "-c");
    }

    @Test
    void refusesALimitOutsideOneToAHundred() {
        assertThatThrownBy(() -> events.listEventBuses(request -> request.limit(101)))
                .isInstanceOfSatisfying(
                        EventBridgeException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
    }
}
