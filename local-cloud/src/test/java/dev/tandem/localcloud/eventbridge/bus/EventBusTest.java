package dev.tandem.localcloud.eventbridge.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventBusTest {

    private static final String ORDER_EVENT = "{\"source\":\"tandem.catalog\",\"detail-type\":\"OrderPlaced\"}";

    private final EventBus bus = new EventBus("default", "arn:aws:events:us-east-1:0:event-bus/default", Instant.now());

    @Test
    void matchesEventsAgainstTheRulesPatterns() {
        bus.putRule(rule("orders", "{\"source\":[\"tandem.catalog\"]}", RuleState.ENABLED));
        bus.putRule(rule("payments", "{\"source\":[\"tandem.payments\"]}", RuleState.ENABLED));

        assertThat(bus.rulesMatching(ORDER_EVENT)).extracting(Rule::name).containsExactly("orders");
    }

    @Test
    void leavesDisabledRulesOut() {
        bus.putRule(rule("orders", "{\"source\":[\"tandem.catalog\"]}", RuleState.DISABLED));

        assertThat(bus.rulesMatching(ORDER_EVENT)).isEmpty();
    }

    @Test
    void replacesTheRulesPatternButKeepsItsTargets() {
        bus.putRule(rule("orders", "{\"source\":[\"tandem.catalog\"]}", RuleState.ENABLED));
        bus.changeTargets("orders", targets -> List.of(target("queue")));

        bus.putRule(rule("orders", "{\"detail-type\":[\"OrderCancelled\"]}", RuleState.ENABLED));

        assertThat(bus.rulesMatching(ORDER_EVENT)).isEmpty();
        assertThat(bus.rule("orders").orElseThrow().targets())
                .extracting(RuleTarget::id)
                .containsExactly("queue");
    }

    @Test
    void refusesToDeleteARuleThatStillHasTargets() {
        bus.putRule(rule("orders", "{\"source\":[\"tandem.catalog\"]}", RuleState.ENABLED));
        bus.changeTargets("orders", targets -> List.of(target("queue")));

        assertThatThrownBy(() -> bus.deleteRule("orders"))
                .isInstanceOf(EventBridgeException.class)
                .hasMessage("Rule can't be deleted since it has targets.");
    }

    @Test
    void deletesARuleSoThatItNoLongerMatches() {
        bus.putRule(rule("orders", "{\"source\":[\"tandem.catalog\"]}", RuleState.ENABLED));

        bus.deleteRule("orders");
        bus.deleteRule("orders");

        assertThat(bus.rulesMatching(ORDER_EVENT)).isEmpty();
        assertThat(bus.rules("")).isEmpty();
    }

    private static Rule rule(String name, String pattern, RuleState state) {
        return new Rule(name, "arn:" + name, "default", pattern, state, Optional.empty(), List.of());
    }

    private static RuleTarget target(String id) {
        return new RuleTarget(
                id,
                Arn.parse("arn:aws:sqs:us-east-1:000000000000:" + id),
                RetryPolicy.DEFAULT,
                Optional.empty(),
                Optional.empty(),
                JsonMapper.shared().createObjectNode());
    }
}
