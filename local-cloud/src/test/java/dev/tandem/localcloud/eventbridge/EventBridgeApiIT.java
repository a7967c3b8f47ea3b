package dev.tandem.localcloud.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.TestQueue;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.eventbridge.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The control-plane operations, driven by the unmodified SDK client. */
@ExtendWith(LocalAwsExtension.class)
class EventBridgeApiIT {

    private final EventBridgeClient events;
    private final SqsClient sqs;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    EventBridgeApiIT(EventBridgeClient events, SqsClient sqs) {
        this.events = events;
        this.sqs = sqs;
    }

    @Test
    void hasTheDefaultBusFromTheStart() {
        var bus = events.describeEventBus(request -> {});

        assertThat(bus.name()).isEqualTo("default");
        assertThat(bus.arn()).isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/default");
        assertThat(bus.creationTime()).isNotNull();
    }

    @Test
    void createsABusThatCanThenBeDescribedButNotCreatedAgain() {
        String name = "tandem-" + suffix;

        String arn = events.createEventBus(request -> request.name(name)).eventBusArn();

        assertThat(arn).isEqualTo("arn:aws:events:us-east-1:000000000000:event-bus/" + name);
        assertThat(events.describeEventBus(request -> request.name(name)).arn()).isEqualTo(arn);
        assertThatThrownBy(() -> events.createEventBus(request -> request.name(name)))
                .isInstanceOf(ResourceAlreadyExistsException.class);
    }

    @Test
    void saysWhichBusDoesNotExist() {
        assertThatThrownBy(() -> events.describeEventBus(request -> request.name("missing-" + suffix)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Event bus missing-" + suffix + " does not exist.");
    }

    @Test
    void putsListsAndDeletesRulesOnACustomBus() {
        String bus = "rules-" + suffix;
        events.createEventBus(request -> request.name(bus));

        String ruleArn = events.putRule(request -> request.name("orders")
                        .eventBusName(bus)
                        .eventPattern("{\"source\":[\"tandem.catalog\"]}")
                        .description("orders to payments"))
                .ruleArn();

        assertThat(ruleArn).isEqualTo("arn:aws:events:us-east-1:000000000000:rule/" + bus + "/orders");
        var rules = events.listRules(request -> request.eventBusName(bus).namePrefix("ord"))
                .rules();
        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.eventPattern()).isEqualTo("{\"source\":[\"tandem.catalog\"]}");
            assertThat(rule.state()).isEqualTo(RuleState.ENABLED);
            assertThat(rule.description()).isEqualTo("orders to payments");
            assertThat(rule.eventBusName()).isEqualTo(bus);
        });
        events.deleteRule(request -> request.name("orders").eventBusName(bus));
        assertThat(events.listRules(request -> request.eventBusName(bus)).rules())
                .isEmpty();
    }

    @Test
    void addsListsAndRemovesTargets() {
        String rule = "targets-" + suffix;
        String queueArn = TestQueue.create(sqs, "targets").arn();
        events.putRule(request -> request.name(rule).eventPattern("{\"source\":[\"tandem.catalog\"]}"));

        var response = events.putTargets(request -> request.rule(rule)
                .targets(Target.builder()
                        .id("jobs")
                        .arn(queueArn)
                        .retryPolicy(policy -> policy.maximumRetryAttempts(3).maximumEventAgeInSeconds(120))
                        .build()));

        assertThat(response.failedEntryCount()).isZero();
        assertThat(events.listTargetsByRule(request -> request.rule(rule)).targets())
                .singleElement()
                .satisfies(target -> {
                    assertThat(target.id()).isEqualTo("jobs");
                    assertThat(target.arn()).isEqualTo(queueArn);
                    assertThat(target.retryPolicy().maximumRetryAttempts()).isEqualTo(3);
                });
        assertThatThrownBy(() -> events.deleteRule(request -> request.name(rule)))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                });
        events.removeTargets(request -> request.rule(rule).ids("jobs"));
        assertThat(events.listTargetsByRule(request -> request.rule(rule)).targets())
                .isEmpty();
        events.deleteRule(request -> request.name(rule));
    }

    @Test
    void refusesTargetsOfAServiceItCannotDeliverTo() {
        String rule = "sns-" + suffix;
        events.putRule(request -> request.name(rule).eventPattern("{\"source\":[\"tandem.catalog\"]}"));

        var response = events.putTargets(request -> request.rule(rule)
                .targets(Target.builder()
                        .id("topic")
                        .arn("arn:aws:sns:us-east-1:000000000000:orders")
                        .build()));

        assertThat(response.failedEntryCount()).isEqualTo(1);
        assertThat(response.failedEntries().getFirst().targetId()).isEqualTo("topic");
        assertThat(response.failedEntries().getFirst().errorMessage()).contains("'sns'");
    }

    @Test
    void refusesAPatternEventRulerRejects() {
        assertThatThrownBy(() -> events.putRule(request ->
                        request.name("bad-" + suffix).eventPattern("{\"detail\":{\"total\":[{\"numeric\":[\">\"]}]}}")))
                .isInstanceOf(InvalidEventPatternException.class)
                .hasMessageContaining("Event pattern is not valid.");
    }

    @Test
    void refusesTargetsForARuleThatDoesNotExist() {
        assertThatThrownBy(() -> events.putTargets(request -> request.rule("missing-" + suffix)
                        .targets(Target.builder()
                                .id("t")
                                .arn("arn:aws:sqs:us-east-1:000000000000:q")
                                .build())))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Rule missing-" + suffix + " does not exist on EventBus default.");
    }

    @Test
    void refusesMoreThanTenEventsInOneRequest() {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder()
                .source("tandem.test")
                .detailType("Ping")
                .detail("{}")
                .build();

        assertThatThrownBy(() -> events.putEvents(request -> request.entries(Collections.nCopies(11, entry))))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("less than or equal to 10");
                });
    }
}
