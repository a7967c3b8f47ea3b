package dev.tandem.localcloud.iam;

import dev.tandem.localcloud.edge.calls.CallListener;
import dev.tandem.localcloud.edge.calls.CallRecord;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Grant;
import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.iam.policy.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each role did with its permissions during a run: the actions it used and how often, the calls IAM refused
 * (or, in {@link IamMode#WARN}, would have refused), and the grants no call used. The last are what IAM Access
 * Analyzer's unused-access findings advise removing
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-findings.html): each is one Allow statement's
 * action pattern on one of its resource patterns. Calls of administrators are not counted; a service principal's
 * calls are, without unused grants (its grants are other resources' policies).
 */
public final class IamReport implements CallListener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PolicyStore store;
    private final Map<String, Usage> usage = new ConcurrentHashMap<>();

    public IamReport(PolicyStore store) {
        this.store = store;
    }

    private static final class Usage {
        private final String name;
        private final SortedMap<String, Integer> actions = new TreeMap<>();
        private final SortedMap<String, Integer> denied = new TreeMap<>();
        private final Set<String> usedGrants = new LinkedHashSet<>();

        Usage(String name) {
            this.name = name;
        }
    }

    @Override
    public void completed(CallRecord call) {
        if (call.principal().kind() == Principal.Kind.ADMINISTRATOR) {
            return;
        }
        Usage of = usage.computeIfAbsent(
                call.principal().arn(), arn -> new Usage(arn.substring(arn.lastIndexOf('/') + 1)));
        synchronized (of) {
            switch (call.decision()) {
                case Decision.Denied denied -> of.denied.merge(call(denied.access()), 1, Integer::sum);
                case Decision.Allowed allowed -> {
                    List<Access> accesses = call.operation().accesses();
                    for (int i = 0; i < accesses.size(); i++) {
                        String grant =
                                i < allowed.grants().size() ? allowed.grants().get(i) : "";
                        if (grant.startsWith(IamAuthorizer.WOULD_BE_DENIED)) {
                            of.denied.merge(call(accesses.get(i)), 1, Integer::sum);
                        } else {
                            of.actions.merge(accesses.get(i).action(), 1, Integer::sum);
                            of.usedGrants.add(grant);
                        }
                    }
                }
            }
        }
    }

    /** The report as text, for the log at the end of a run. */
    public String text() {
        StringBuilder text = new StringBuilder("IAM report");
        roles().forEach((arn, name) -> {
            Usage of = usage.getOrDefault(arn, new Usage(name));
            synchronized (of) {
                text.append(System.lineSeparator())
                        .append(name)
                        .append(" (")
                        .append(arn)
                        .append(')');
                line(text, "actions used", of.actions.isEmpty() ? "none" : "");
                of.actions.forEach((action, count) -> line(text, "  " + action, "× " + count));
                line(text, "calls denied", of.denied.isEmpty() ? "none" : "");
                of.denied.forEach((call, count) -> line(text, "  " + call, "× " + count));
                List<String> unused = unusedGrants(arn, of);
                line(text, "grants never used", unused.isEmpty() ? "none" : "");
                unused.forEach(grant -> line(text, "  " + grant, ""));
            }
        });
        return text.toString();
    }

    /** The report as JSON: one object per role, with the same content as {@link #text()}. */
    public String json() {
        ArrayNode roles = JSON.createArrayNode();
        roles().forEach((arn, name) -> {
            Usage of = usage.getOrDefault(arn, new Usage(name));
            synchronized (of) {
                ObjectNode role = roles.addObject().put("principal", name).put("arn", arn);
                ObjectNode actions = role.putObject("actionsUsed");
                of.actions.forEach(actions::put);
                ArrayNode denied = role.putArray("callsDenied");
                of.denied.forEach((call, count) -> {
                    String[] parts = call.split(" on ", 2);
                    denied.addObject()
                            .put("action", parts[0])
                            .put("resource", parts[1])
                            .put("count", count);
                });
                ArrayNode unused = role.putArray("unusedGrants");
                unusedGrants(arn, of).forEach(unused::add);
            }
        });
        return JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(JSON.createObjectNode().set("roles", roles));
    }

    /** The principals that made calls, and the roles of the template's workloads even if they made none. */
    private SortedMap<String, String> roles() {
        SortedMap<String, String> roles = new TreeMap<>();
        store.workloadRoles().forEach(arn -> roles.put(arn, arn.substring(arn.lastIndexOf('/') + 1)));
        usage.forEach((arn, of) -> roles.put(arn, of.name));
        return roles;
    }

    private List<String> unusedGrants(String roleArn, Usage of) {
        List<String> unused = new ArrayList<>();
        store.identityPolicies(roleArn).stream()
                .flatMap(policy -> Grant.allOf(policy).stream())
                .map(Grant::label)
                .filter(label -> !of.usedGrants.contains(label))
                .forEach(unused::add);
        return unused;
    }

    private static String call(Access access) {
        return access.action() + " on " + access.resource();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(System.lineSeparator()).append("  ").append(label);
        if (!value.isEmpty()) {
            text.append(": ").append(value);
        }
    }
}
