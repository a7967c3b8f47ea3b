package dev.tandem.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalAwsExtension.class)
class LocalAwsIT {

    @Test
    void servesEveryServiceOnOneLoopbackEndpoint(LocalAws aws) {
        assertThat(aws.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(aws.endpoint().getPort()).isPositive();
    }

    @Test
    void givesChildProcessesTheEnvironmentTheSdkReads(LocalAws aws) {
        assertThat(aws.environment())
                .containsOnly(
                        entry("AWS_REGION", "us-east-1"),
                        entry("AWS_ACCESS_KEY_ID", aws.settings().credentials().accessKeyId()),
                        entry(
                                "AWS_SECRET_ACCESS_KEY",
                                aws.settings().credentials().secretAccessKey()),
                        entry("AWS_ENDPOINT_URL", aws.endpoint().toString()));
    }

    @Test
    void releasesItsPortWhenClosed() {
        LocalAws aws = LocalAws.start();
        URI endpoint = aws.endpoint();

        aws.close();

        assertThatThrownBy(() -> connect(endpoint)).isInstanceOf(ConnectException.class);
    }

    private static void connect(URI endpoint) throws IOException {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.getOutputStream().flush();
        }
    }
}
