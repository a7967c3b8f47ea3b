package dev.tandem.localcloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalAwsExtension.class)
class LocalAwsIT {

    @Test
    void servesEveryServiceOnItsOwnLoopbackPort(LocalAws aws) {
        List<URI> endpoints = endpoints(aws);

        assertThat(endpoints).extracting(URI::getHost).containsOnly("127.0.0.1");
        assertThat(endpoints).extracting(URI::getPort).doesNotHaveDuplicates();
    }

    @Test
    void givesChildProcessesTheEnvironmentTheSdkReads(LocalAws aws) {
        assertThat(aws.environment())
                .containsEntry("AWS_REGION", "us-east-1")
                .containsEntry("AWS_ACCESS_KEY_ID", aws.settings().credentials().accessKeyId())
                .containsEntry(
                        "AWS_SECRET_ACCESS_KEY", aws.settings().credentials().secretAccessKey())
                .containsEntry("AWS_ENDPOINT_URL_S3", aws.s3Endpoint().toString())
                .containsEntry("AWS_ENDPOINT_URL_SQS", aws.sqsEndpoint().toString())
                .containsEntry(
                        "AWS_ENDPOINT_URL_DYNAMODB", aws.dynamoDbEndpoint().toString())
                .containsEntry(
                        "AWS_ENDPOINT_URL_EVENTBRIDGE",
                        aws.eventBridgeEndpoint().toString())
                .containsEntry(
                        "AWS_ENDPOINT_URL_CLOUDWATCH", aws.cloudWatchEndpoint().toString());
    }

    @Test
    void releasesEveryPortWhenClosed() {
        LocalAws aws = LocalAws.start();
        List<URI> endpoints = endpoints(aws);

        aws.close();

        for (URI endpoint : endpoints) {
            assertThatThrownBy(() -> connect(endpoint)).isInstanceOf(ConnectException.class);
        }
    }

    private static List<URI> endpoints(LocalAws aws) {
        return List.of(
                aws.s3Endpoint(),
                aws.sqsEndpoint(),
                aws.dynamoDbEndpoint(),
                aws.eventBridgeEndpoint(),
                aws.cloudWatchEndpoint());
    }

    private static void connect(URI endpoint) throws IOException {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.getOutputStream().flush();
        }
    }
}
