package dev.tandem.localcloud.stack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import tools.jackson.databind.JsonNode;

/**
 * {@code AWS::Events::EventBus} and {@code AWS::Events::Rule} ({@code CreateEventBus}, {@code PutRule},
 * {@code PutTargets}): each rule
 * with its pattern, state and targets, including each target's dead-letter queue and retry policy.
 * Archives ({@code AWS::Events::Archive}) are not emulated.
 */
final class EventBridgeProvisioner implements Provisioner {

    private static final String DEFAULT_BUS = "default";

    private final EventBridgeClient events;
    private final String region;
    private final String accountId;

    EventBridgeProvisioner(EventBridgeClient events, String region, String accountId) {
        this.events = events;
        this.region = region;
        this.accountId = accountId;
    }

    static String ruleName(Properties properties) {
        return properties.text("Name").orElseGet(() -> Names.generated(properties.resource(), 64, false));
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::Events::EventBus", "AWS::Events::Rule");
    }

    @Override
    public Optional<Physical> create(Properties properties) {
        return Optional.of(
                properties.resource().type().equals("AWS::Events::EventBus") ? bus(properties) : rule(properties));
    }

    private Physical bus(Properties properties) {
        String name = properties.requiredText("Name");
        String arn = events.createEventBus(b -> b.name(name)).eventBusArn();
        return new Physical(name, Map.of("Arn", arn, "Name", name));
    }

    private Physical rule(Properties properties) {
        String name = ruleName(properties);
        String bus = properties.text("EventBusName").orElse(DEFAULT_BUS);
        String arn = events.putRule(b -> b.name(name)
                        .eventBusName(bus)
                        .eventPattern(
                                properties.json("EventPattern").orElseThrow().toString())
                        .state(properties.text("State").orElse("ENABLED"))
                        .description(properties.text("Description").orElse(null)))
                .ruleArn();
        List<Target> targets = properties.json("Targets").stream()
                .flatMap(JsonNode::valueStream)
                .map(EventBridgeProvisioner::target)
                .toList();
        if (!targets.isEmpty()) {
            events.putTargets(b -> b.rule(name).eventBusName(bus).targets(targets));
        }
        String ref = bus.equals(DEFAULT_BUS) ? name : bus + "|" + name;
        return new Physical(ref, Map.of("Arn", arn != null ? arn : ruleArn(bus, name)));
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
