package dev.tandem.localcloud.eventbridge.bus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import software.amazon.event.ruler.Machine;

/**
 * One event bus: its rules, and an Event Ruler {@link Machine} (AWS's own matching library) that holds each rule's
 * pattern under the rule's name. Rules are replaced, never mutated, under this bus's lock, so that the machine and
 * the rule table always agree.
 */
public final class EventBus {

    private final String name;
    private final String arn;
    private final Instant createdAt;
    private final SortedMap<String, Rule> rules = new TreeMap<>();
    private final Machine machine = Machine.builder().build();

    EventBus(String name, String arn, Instant createdAt) {
        this.name = name;
        this.arn = arn;
        this.createdAt = createdAt;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Adds the rule, or replaces the rule of that name (keeping its targets, as {@code PutRule} does). */
    public synchronized Rule putRule(Rule rule) {
        Optional<Rule> previous = Optional.ofNullable(rules.get(rule.name()));
        previous.ifPresent(old -> forgetPattern(old));
        Rule stored = previous.map(old -> rule.withTargets(old.targets())).orElse(rule);
        rules.put(stored.name(), stored);
        try {
            machine.addRule(stored.name(), stored.eventPattern());
        } catch (IOException e) {
            throw new UncheckedIOException("Event Ruler refused a pattern it had accepted", e);
        }
        return stored;
    }

    public synchronized Optional<Rule> rule(String ruleName) {
        return Optional.ofNullable(rules.get(ruleName));
    }

    /** The rules whose names start with {@code prefix}, sorted by name. */
    public synchronized List<Rule> rules(String prefix) {
        return rules.values().stream()
                .filter(rule -> rule.name().startsWith(prefix))
                .toList();
    }

    /** Deletes the rule; deleting a rule that does not exist succeeds, as on AWS. */
    public synchronized void deleteRule(String ruleName) {
        Rule rule = rules.get(ruleName);
        if (rule == null) {
            return;
        }
        if (!rule.targets().isEmpty()) {
            throw EventBridgeException.validation("Rule can't be deleted since it has targets.");
        }
        forgetPattern(rule);
        rules.remove(ruleName);
    }

    /** Replaces the targets of an existing rule with what {@code change} makes of them. */
    public synchronized Rule changeTargets(String ruleName, UnaryOperator<List<RuleTarget>> change) {
        Rule rule = rule(ruleName)
                .orElseThrow(() -> EventBridgeException.notFound(
                        "Rule " + ruleName + " does not exist on EventBus " + name + "."));
        Rule changed = rule.withTargets(change.apply(new ArrayList<>(rule.targets())));
        rules.put(ruleName, changed);
        return changed;
    }

    /** The enabled rules whose pattern matches the event envelope. */
    public synchronized List<Rule> rulesMatching(String envelopeJson) {
        try {
            return machine.rulesForJSONEvent(envelopeJson).stream()
                    .map(rules::get)
                    .filter(rule -> rule.state().routesEvents())
                    .toList();
        } catch (Exception e) {
            // Event Ruler declares Exception; the envelope is JSON this class's callers built themselves.
            throw new IllegalStateException("Event Ruler could not read an event envelope", e);
        }
    }

    private void forgetPattern(Rule rule) {
        try {
            machine.deleteRule(rule.name(), rule.eventPattern());
        } catch (IOException e) {
            throw new UncheckedIOException("Event Ruler refused to remove a pattern it held", e);
        }
    }
}
