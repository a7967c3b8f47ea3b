package dev.tandem.e2e;

import dev.tandem.localcloud.stack.AwsEndpoints;
import io.floci.testcontainers.FlociContainer;
import java.net.URI;
import java.util.Optional;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts the emulator a Docker target names, on a free port, with the Docker socket mounted so that it can run the
 * stack's Lambda functions in containers of its own. The images are the ones {@code docker-compose.yml} uses, and
 * {@code FLOCI_IMAGE} / {@code LOCALSTACK_IMAGE} override them the same way.
 */
final class Emulators {

    /** A started emulator container and where it answers. */
    record Started(GenericContainer<?> container, AwsEndpoints endpoints) {}

    private static final String LOCALSTACK_IMAGE = "localstack/localstack:latest";

    private Emulators() {}

    static Started start(E2eTarget target) {
        return switch (target) {
            case FLOCI -> floci();
            case LOCALSTACK -> localStack();
            default -> throw new IllegalArgumentException("target " + target.id() + " is not an emulator in Docker");
        };
    }

    private static Started floci() {
        FlociContainer floci = image("FLOCI_IMAGE")
                .map(image -> new FlociContainer(DockerImageName.parse(image)))
                .orElseGet(FlociContainer::new);
        floci.start();
        return new Started(
                floci,
                AwsEndpoints.emulator(URI.create(floci.getEndpoint()), floci.getRegion(), floci.getDefaultAccountId()));
    }

    private static Started localStack() {
        LocalStackContainer localStack = new LocalStackContainer(
                        DockerImageName.parse(image("LOCALSTACK_IMAGE").orElse(LOCALSTACK_IMAGE))
                                .asCompatibleSubstituteFor("localstack/localstack"))
                .withEnv("LOCALSTACK_AUTH_TOKEN", System.getenv("LOCALSTACK_AUTH_TOKEN"));
        localStack.start();
        return new Started(
                localStack,
                AwsEndpoints.emulator(localStack.getEndpoint(), localStack.getRegion(), AwsEndpoints.EMULATOR_ACCOUNT));
    }

    private static Optional<String> image(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(image -> !image.isBlank());
    }
}
