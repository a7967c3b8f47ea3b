package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.service.ServiceDefinition;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Finds the catalog service in the template: the Auto Scaling group whose metadata names the
 * service jar (a file asset) and the environment its instances' user data writes. There are no
 * instances locally: the service is collected here, to run as one local process. A group without
 * that metadata is declined.
 */
final class ServiceProvisioner implements Provisioner {

    static final String ENVIRONMENT_METADATA = "Tandem::ServiceEnvironment";
    static final String JAR_METADATA = "Tandem::ServiceJarObjectKey";

    private final CloudAssembly assembly;
    private final List<ServiceDefinition> services = new CopyOnWriteArrayList<>();

    ServiceProvisioner(CloudAssembly assembly) {
        this.assembly = assembly;
    }

    @Override
    public Set<String> types() {
        return Set.of("AWS::AutoScaling::AutoScalingGroup");
    }

    @Override
    public Optional<Physical> create(Properties properties) {
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
        services.add(new ServiceDefinition(jar, environment));
        // Emulated in the way that matters: its service runs, as one local process instead of instances.
        return Optional.of(new Physical(Names.generated(group, 255, false), Map.of()));
    }

    List<ServiceDefinition> services() {
        return List.copyOf(services);
    }
}
