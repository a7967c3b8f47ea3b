package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.iam.policy.PolicyStore;
import dev.tandem.localcloud.service.ServiceDefinition;
import dev.tandem.localcloud.stack.template.CloudAssembly;
import dev.tandem.localcloud.stack.template.Names;
import dev.tandem.localcloud.stack.template.PhysicalResource;
import dev.tandem.localcloud.stack.template.ResourceProperties;
import dev.tandem.localcloud.stack.template.Template;
import dev.tandem.localcloud.stack.template.UnresolvableException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * Finds the catalog service in the template: the Auto Scaling group whose metadata names the
 * service jar (a file asset) and the environment its instances' user data writes. There are no
 * instances locally: the service is collected here, to run as one local process. A group without
 * that metadata is declined. The role the instances would run as (the launch template's instance profile's) is
 * recorded in the {@link PolicyStore} and on the service.
 */
public final class ServiceProvisioner implements Provisioner {

    static final String ENVIRONMENT_METADATA = "Tandem::ServiceEnvironment";
    static final String JAR_METADATA = "Tandem::ServiceJarObjectKey";

    private final CloudAssembly assembly;
    private final PolicyStore policies;
    private final List<ServiceDefinition> services = new CopyOnWriteArrayList<>();

    public ServiceProvisioner(CloudAssembly assembly, PolicyStore policies) {
        this.assembly = assembly;
        this.policies = policies;
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::AutoScaling::AutoScalingGroup");
    }

    @Override
    public Optional<Provisioned> create(ResourceProperties properties) {
        Template.Resource group = properties.resource();
        if (!group.metadata().has(ENVIRONMENT_METADATA) || !group.metadata().has(JAR_METADATA)) {
            return Optional.empty();
        }
        String objectKey = group.metadata().path(JAR_METADATA).asString();
        Path jar = assembly.fileAsset(objectKey)
                .orElseThrow(() -> new UnresolvableException(
                        group.path() + " names service jar " + objectKey + ", which is not an asset of the assembly"));
        Map<String, String> environment = new HashMap<>();
        properties
                .resolve(group.metadata().path(ENVIRONMENT_METADATA))
                .properties()
                .forEach(e -> environment.put(e.getKey(), e.getValue().asString()));
        Optional<String> role = instanceRole(properties);
        role.ifPresent(policies::assignInstanceRole);
        services.add(new ServiceDefinition(jar, environment, role));
        // Emulated in the way that matters: its service runs, as one local process instead of instances.
        return Optional.of(Provisioned.created(new PhysicalResource(Names.generated(group, 255, false), Map.of())));
    }

    /** The role of the instance profile that the group's launch template gives its instances. */
    private Optional<String> instanceRole(ResourceProperties properties) {
        Template.Resource group = properties.resource();
        JsonNode launchTemplateId = group.properties()
                .path("LaunchTemplate")
                .path("LaunchTemplateId")
                .path("Ref");
        return assembly.stacks().stream()
                .filter(stack -> stack.stackName().equals(group.stackName()))
                .map(stack -> stack.resources().get(launchTemplateId.asString("")))
                .filter(launchTemplate -> launchTemplate != null)
                .map(launchTemplate -> properties.resolve(
                        launchTemplate.properties().path("LaunchTemplateData").path("IamInstanceProfile")))
                .flatMap(profile -> profile.has("Arn")
                        ? policies.roleOfInstanceProfile(profile.path("Arn").asString()).stream()
                        : policies.roleOfInstanceProfile(profile.path("Name").asString("")).stream())
                .findFirst();
    }

    public List<ServiceDefinition> services() {
        return List.copyOf(services);
    }
}
