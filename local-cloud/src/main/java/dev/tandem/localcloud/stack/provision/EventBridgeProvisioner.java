package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.stack.template.Names;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code AWS::Events::EventBus} and {@code AWS::Events::Rule} ({@code CreateEventBus}, {@code PutRule},
 * {@code PutTargets}): each rule
 * with its pattern, state and targets, including each target's dead-letter queue and retry policy.
 * Archives ({@code AWS::Events::Archive}) are not emulated. A bus or rule that exists already is reused, the rule
 * put again with the template's pattern and targets.
 */
public final class EventBridgeProvisioner implements Provisioner {

    private static final String DEFAULT_BUS = "default";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final EventBridgeClient events;
    private final String region;
    private final String accountId;

    public EventBridgeProvisioner(EventBridgeClient events, String region, String accountId) {
        this.events = events;
        this.region = region;
        this.accountId = accountId;
    }

    static String ruleName(ResourceProperties properties) {
        return properties.text("Name").orElseGet(() -> Names.generated(properties.resource(), 64, false));
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::Events::EventBus", "AWS::Events::Rule");
    }

    @Override
    public Optional<Provisioned> create(ResourceProperties properties) {
        return Optional.of(
                properties.resource().type().equals("AWS::Events::EventBus") ? bus(properties) : rule(properties));
    }

    private Provisioned bus(ResourceProperties properties) {
        String name = properties.requiredText("Name");
        try {
            String arn = events.createEventBus(b -> b.name(name)).eventBusArn();
            return Provisioned.created(new PhysicalResource(name, Map.of("Arn", arn, "Name", name)));
        } catch (ResourceAlreadyExistsException exists) {
            // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html; a bus has no
            // setting here that the template could change.
            String arn = events.describeEventBus(b -> b.name(name)).arn();
            return Provisioned.existing(new PhysicalResource(name, Map.of("Arn", arn, "Name", name)), false);
        }
    }

    /**
     * {@code PutRule} and {@code PutTargets} create or replace
     * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html,
     * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html), so a rule kept from an earlier
     * deployment is simply put again; it is looked at first only to report whether it differed, and to remove the
     * targets the template no longer has ({@code RemoveTargets}).
     */
    private Provisioned rule(ResourceProperties properties) {
        String name = ruleName(properties);
        String bus = properties.text("EventBusName").orElse(DEFAULT_BUS);
        String pattern = properties.json("EventPattern").orElseThrow().toString();
        String state = properties.text("State").orElse("ENABLED");
        Optional<String> description = properties.text("Description");
        List<Target> targets = properties.json("Targets").stream()
                .flatMap(JsonNode::valueStream)
                .map(EventBridgeProvisioner::target)
                .toList();
        Optional<Rule> existing = events.listRules(b -> b.eventBusName(bus).namePrefix(name)).rules().stream()
                .filter(rule -> rule.name().equals(name))
                .findFirst();
        boolean changed = existing.map(
                        rule -> !JSON.readTree(rule.eventPattern()).equals(JSON.readTree(pattern))
                                || !rule.stateAsString().equals(state)
                                || !Optional.ofNullable(rule.description()).equals(description))
                .orElse(false);
        String arn = events.putRule(b -> b.name(name)
                        .eventBusName(bus)
                        .eventPattern(pattern)
                        .state(state)
                        .description(description.orElse(null)))
                .ruleArn();
        if (existing.isPresent()) {
            changed |= removeTargetsOtherThan(name, bus, targets);
        }
        if (!targets.isEmpty()) {
            events.putTargets(b -> b.rule(name).eventBusName(bus).targets(targets));
        }
        String ref = bus.equals(DEFAULT_BUS) ? name : bus + "|" + name;
        PhysicalResource physical = new PhysicalResource(ref, Map.of("Arn", arn != null ? arn : ruleArn(bus, name)));
        return existing.isPresent() ? Provisioned.existing(physical, changed) : Provisioned.created(physical);
    }

    /** Removes the rule's targets that are not {@code wanted}, or whose ARN changed; returns whether any differed. */
    private boolean removeTargetsOtherThan(String rule, String bus, List<Target> wanted) {
        Map<String, String> wantedArns = wanted.stream().collect(Collectors.toMap(Target::id, Target::arn));
        List<Target> current =
                events.listTargetsByRule(b -> b.rule(rule).eventBusName(bus)).targets();
        List<String> stale = current.stream()
                .filter(target -> !wantedArns.containsKey(target.id()))
                .map(Target::id)
                .toList();
        if (!stale.isEmpty()) {
            events.removeTargets(b -> b.rule(rule).eventBusName(bus).ids(stale));
        }
        Map<String, String> currentArns = current.stream().collect(Collectors.toMap(Target::id, Target::arn));
        return !currentArns.equals(wantedArns);
    }

    private String ruleArn(String bus, String name) {
        String path = bus.equals(DEFAULT_BUS) ? name : bus + "/" + name;
        return "arn:aws:events:" + region + ":" + accountId + ":rule/" + path;
    }

    private static Target target(JsonNode target) {
        Target.Builder builder = Target.builder()
                .id(target.path("Id").asString())
                .arn(target.path("Arn").asString());
        if (target.has("DeadLetterConfig")) {
            builder.deadLetterConfig(
                    d -> d.arn(target.path("DeadLetterConfig").path("Arn").asString()));
        }
        if (target.has("RetryPolicy")) {
            JsonNode retry = target.path("RetryPolicy");
            builder.retryPolicy(r -> r.maximumRetryAttempts(
                            retry.has("MaximumRetryAttempts")
                                    ? retry.path("MaximumRetryAttempts").asInt()
                                    : null)
                    .maximumEventAgeInSeconds(
                            retry.has("MaximumEventAgeInSeconds")
                                    ? retry.path("MaximumEventAgeInSeconds").asInt()
                                    : null));
        }
        if (target.has("Input")) {
            builder.input(target.path("Input").asString());
        }
        return builder.build();
    }
}
