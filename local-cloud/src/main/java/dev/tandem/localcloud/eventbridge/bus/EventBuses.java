package dev.tandem.localcloud.eventbridge.bus;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/** The buses of one account and region. The {@code default} bus always exists. */
public final class EventBuses {

    public static final String DEFAULT = "default";
    private static final Pattern NAME = Pattern.compile("[/\\.\\-_A-Za-z0-9]{1,256}");

    private final String region;
    private final String accountId;
    private final Clock clock;
    private final ConcurrentMap<String, EventBus> buses = new ConcurrentHashMap<>();

    public EventBuses(String region, String accountId, Clock clock) {
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
        buses.put(DEFAULT, newBus(DEFAULT));
    }

    public EventBus create(String name) {
        if (!NAME.matcher(name).matches()) {
            throw EventBridgeException.validation("1 validation error detected: Value '" + name
                    + "' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern:"
                    + " [/\\.\\-_A-Za-z0-9]+");
        }
        EventBus created = newBus(name);
        if (buses.putIfAbsent(name, created) != null) {
            throw EventBridgeException.alreadyExists("Event bus " + name + " already exists.");
        }
        return created;
    }

    /**
     * The bus with this name or ARN.
     *
     * @throws EventBridgeException ({@code ResourceNotFoundException}) if there is none
     */
    public EventBus get(String nameOrArn) {
        String name = nameOf(nameOrArn);
        EventBus bus = buses.get(name);
        if (bus == null) {
            throw EventBridgeException.notFound("Event bus " + name + " does not exist.");
        }
        return bus;
    }

    /** The buses whose names start with {@code prefix}, sorted by name; the default bus among them. */
    public List<EventBus> list(String prefix) {
        return buses.values().stream()
                .filter(bus -> bus.name().startsWith(prefix))
                .sorted(Comparator.comparing(EventBus::name))
                .toList();
    }

    public String ruleArn(EventBus bus, String ruleName) {
        String path = bus.name().equals(DEFAULT) ? ruleName : bus.name() + "/" + ruleName;
        return arn("rule/" + path);
    }

    /** A bus is named either by its name or by its ARN, {@code arn:aws:events:...:event-bus/NAME}. */
    private static String nameOf(String nameOrArn) {
        if (!nameOrArn.startsWith("arn:")) {
            return nameOrArn;
        }
        try {
            String resource = Arn.parse(nameOrArn).resource();
            return resource.startsWith("event-bus/") ? resource.substring("event-bus/".length()) : resource;
        } catch (IllegalArgumentException e) {
            throw EventBridgeException.validation(e.getMessage());
        }
    }

    private EventBus newBus(String name) {
        return new EventBus(name, arn("event-bus/" + name), clock.instant());
    }

    private String arn(String resource) {
        return new Arn("aws", "events", region, accountId, resource).toString();
    }
}
