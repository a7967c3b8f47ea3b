package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.stack.provision.Provisioned;
import dev.tandem.localcloud.stack.provision.Provisioner;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import dev.tandem.localcloud.stack.template.Intrinsics;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ReferencedResources;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import dev.tandem.localcloud.stack.template.Template;
import dev.tandem.localcloud.stack.template.UnresolvableException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Deploys a cloud assembly onto local-cloud or an emulator the way CloudFormation deploys it onto
 * AWS: stack by stack in dependency order, each stack's resources after the resources they refer
 * to, every intrinsic function resolved to the names, URLs and ARNs the services gave them, and each stack's exports
 * available to the stacks after it. Deployed again into an emulator that kept the stack, it reuses what is there and
 * brings it to the template's settings, as a stack update would. Resource types that no provisioner handles are counted and
 * reported as not emulated, never silently dropped.
 */
public final class StackDeployer {

    private static final Logger log = LoggerFactory.getLogger(StackDeployer.class);

    private final Map<String, Provisioner> provisioners = new HashMap<>();
    private final String region;
    private final String accountId;

    public StackDeployer(List<Provisioner> provisioners, String region, String accountId) {
        provisioners.forEach(p -> p.types().forEach(type -> this.provisioners.put(type, p)));
        this.region = region;
        this.accountId = accountId;
    }

    /**
     * Creates every resource of {@code assembly}, or reuses it where it exists already and brings it to the
     * template's settings; returns what was created, reused, updated and not emulated.
     */
    public DeploymentReport deploy(CloudAssembly assembly) {
        State state = new State(assembly);
        Intrinsics intrinsics = new Intrinsics(state);
        Map<Provisioned.Outcome, Map<String, Integer>> counts = new EnumMap<>(Provisioned.Outcome.class);
        Map<String, Integer> notEmulated = new TreeMap<>();
        for (Template stack : assembly.stacks()) {
            for (Template.Resource resource : creationOrder(stack)) {
                Provisioner provisioner = provisioners.get(resource.type());
                Optional<Provisioned> provisioned = provisioner == null
                        ? Optional.empty()
                        : provisioner.create(new ResourceProperties(resource, intrinsics));
                provisioned
                        .map(p -> counts.computeIfAbsent(p.outcome(), outcome -> new TreeMap<>()))
                        .orElse(notEmulated)
                        .merge(resource.type(), 1, Integer::sum);
                state.physical.put(
                        key(stack.stackName(), resource.logicalId()),
                        provisioned.map(Provisioned::physical).orElseGet(() -> PhysicalResource.notEmulated(resource)));
                provisioned.ifPresent(p -> log.debug(
                        "{} {} {} as {}",
                        p.outcome(),
                        resource.type(),
                        resource.path(),
                        p.physical().ref()));
            }
            exportOutputs(stack, intrinsics, state);
        }
        return new DeploymentReport(
                counts.getOrDefault(Provisioned.Outcome.CREATED, Map.of()),
                counts.getOrDefault(Provisioned.Outcome.REUSED, Map.of()),
                counts.getOrDefault(Provisioned.Outcome.UPDATED, Map.of()),
                notEmulated);
    }

    private static void exportOutputs(Template stack, Intrinsics intrinsics, State state) {
        stack.outputs().values().stream().filter(output -> output.has("Export")).forEach(output -> {
            String name = intrinsics.resolveText(
                    stack.stackName(), output.path("Export").path("Name"));
            state.exports.put(name, () -> intrinsics.resolveText(stack.stackName(), output.path("Value")));
        });
    }

    /** The stack's resources, each after every resource of the same stack it refers to. */
    static List<Template.Resource> creationOrder(Template stack) {
        Set<String> ordered = new LinkedHashSet<>();
        stack.resources().keySet().forEach(id -> visit(id, stack, ordered, new LinkedHashSet<>()));
        return ordered.stream().map(stack.resources()::get).toList();
    }

    private static void visit(String id, Template stack, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(id)) {
            return;
        }
        if (!visiting.add(id)) {
            throw new UnresolvableException("circular reference through " + stack.stackName() + "/" + id);
        }
        Template.Resource resource = stack.resources().get(id);
        List<String> dependencies = new ArrayList<>(ReferencedResources.logicalIds(resource.properties()));
        dependencies.addAll(ReferencedResources.logicalIds(resource.metadata()));
        dependencies.addAll(resource.dependsOn());
        dependencies.stream()
                .filter(stack.resources()::containsKey)
                .forEach(dependency -> visit(dependency, stack, ordered, visiting));
        ordered.add(id);
    }

    private static String key(String stackName, String logicalId) {
        return stackName + "/" + logicalId;
    }

    /** Names known so far; exports resolve lazily, so an output of a not-emulated resource costs nothing. */
    private final class State implements Intrinsics.Scope {
        private final CloudAssembly assembly;
        private final Map<String, PhysicalResource> physical = new HashMap<>();
        private final Map<String, Supplier<String>> exports = new HashMap<>();

        State(CloudAssembly assembly) {
            this.assembly = assembly;
        }

        @Override
        public Optional<PhysicalResource> resource(String stackName, String logicalId) {
            return Optional.ofNullable(physical.get(key(stackName, logicalId)));
        }

        @Override
        public Optional<Template.Resource> definition(String stackName, String logicalId) {
            return stack(stackName).map(t -> t.resources().get(logicalId));
        }

        @Override
        public Optional<String> export(String name) {
            return Optional.ofNullable(exports.get(name)).map(Supplier::get);
        }

        @Override
        public Optional<JsonNode> parameterDefault(String stackName, String name) {
            return stack(stackName)
                    .map(t -> t.parameters().get(name))
                    .map(parameter -> parameter.path("Default"))
                    .filter(value -> !value.isMissingNode());
        }

        @Override
        public String region() {
            return region;
        }

        @Override
        public String accountId() {
            return accountId;
        }

        private Optional<Template> stack(String stackName) {
            return assembly.stacks().stream()
                    .filter(t -> t.stackName().equals(stackName))
                    .findFirst();
        }
    }
}
