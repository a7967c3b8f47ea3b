package dev.tandem.e2e;

import dev.tandem.localcloud.run.TandemLocal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the whole synthesized app once per test JVM, as {@code ./run-local} does, and hands it to
 * every test class that asks for a {@link RunningTandem}. It is stopped when the JVM's tests end.
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
                .computeIfAbsent(Started.class, key -> Started.start(), Started.class)
                .tandem();
    }

    /** The running app, closed by JUnit with the root store. */
    private record Started(TandemLocal local, RunningTandem tandem) implements AutoCloseable {

        static Started start() {
            Path cloudAssembly = Path.of(System.getProperty("tandem.cloudAssembly", "../infra/cdk.out"));
            String adminToken = "e2e-admin-token-" + UUID.randomUUID();
            TandemLocal local = TandemLocal.start(cloudAssembly, freePort(), adminToken);
            return new Started(local, new RunningTandem(local.serviceUri(), adminToken, local.aws()));
        }

        @Override
        public void close() {
            local.close();
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
