package dev.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.run.TandemLocal;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Stopping local-cloud stops every process it started and frees the service's port. */
class ShutdownIT {

    @Test
    void closingStopsEveryChildProcessAndFreesThePort() throws IOException {
        Set<Long> before = descendants();
        int port = freePort();
        TandemLocal tandem = TandemLocal.start(
                Path.of(System.getProperty("tandem.cloudAssembly", "../infra/cdk.out")),
                port,
                "shutdown-it-token-0123");
        List<ProcessHandle> started = ProcessHandle.current()
                .descendants()
                .filter(p -> !before.contains(p.pid()))
                .toList();
        assertThat(started).as("the service and one JVM per function").hasSizeGreaterThanOrEqualTo(3);

        tandem.close();

        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThatThrownBy(() -> new Socket("localhost", port).close()).isInstanceOf(ConnectException.class);
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
