package dev.tandem.e2e;

import dev.tandem.localcloud.run.LocalCloudOptions;
import dev.tandem.localcloud.run.TandemLocal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the app once per test JVM on the configured {@link E2eTarget} and hands it to every test class that asks
 * for a {@link RunningTandem}; it is stopped when the JVM's tests end. On {@code local} it runs as {@code ./run-local}
 * does; on {@code floci} and {@code localstack} the emulator starts in Docker and the same templates are deployed
 * into it ({@code ./run-local --emulator}); on {@code aws} the deployed stack is only looked up.
 */
final class TandemExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TandemExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningTandem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.start(E2eTarget.configured()), Started.class)
                .tandem();
    }

    /** The running app and what to stop when the tests are done, in order; closed by JUnit with the root store. */
    private record Started(RunningTandem tandem, List<AutoCloseable> resources) implements AutoCloseable {

        static Started start(E2eTarget target) {
            if (target == E2eTarget.AWS) {
                return new Started(DeployedStack.read(), List.of());
            }
            Path cloudAssembly = Path.of(System.getProperty("tandem.cloudAssembly", "../infra/cdk.out"));
            String adminToken = "e2e-admin-token-" + UUID.randomUUID();
            if (target == E2eTarget.LOCAL) {
                // The run's call trail and, once the suite ends, its IAM report: target/e2e-run.
                TandemLocal local = TandemLocal.start(
                        cloudAssembly,
                        LocalCloudOptions.forTests().withRunDirectory(Path.of("target", "e2e-run")),
                        freePort(),
                        adminToken);
                return new Started(running(local, adminToken), List.of(local));
            }
            Emulators.Started emulator = Emulators.start(target);
            try {
                TandemLocal tandem = TandemLocal.startOn(emulator.endpoints(), cloudAssembly, freePort(), adminToken);
                return new Started(running(tandem, adminToken), List.of(tandem, emulator.container()));
            } catch (RuntimeException e) {
                emulator.container().stop();
                throw e;
            }
        }

        private static RunningTandem running(TandemLocal tandem, String adminToken) {
            return new RunningTandem(tandem.serviceUri(), adminToken, AwsAccess.emulated(tandem.endpoints()));
        }

        @Override
        public void close() throws Exception {
            List<Exception> failures = new ArrayList<>();
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            if (!failures.isEmpty()) {
                throw failures.getFirst();
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
