package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.LocalAws;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Where an AWS other than AWS itself answers: one endpoint per service that Tandem uses (the service publishes its
 * outbox backlog to CloudWatch; the template creates the rest), with the region,
 * account and key pair to sign requests with. local-cloud has an endpoint per service; Floci and LocalStack answer
 * every service on one ({@code http://localhost:4566}).
 */
public record AwsEndpoints(
        String region,
        String accountId,
        AwsCredentials credentials,
        URI s3,
        URI sqs,
        URI dynamoDb,
        URI eventBridge,
        URI lambda,
        URI cloudWatch) {

    /** The region, account and key pair Floci and LocalStack use unless told otherwise. */
    public static final String EMULATOR_REGION = "us-east-1";

    public static final String EMULATOR_ACCOUNT = "000000000000";

    /** local-cloud's services, with the Lambda API in front of its function host. */
    public static AwsEndpoints of(LocalAws aws, URI lambda) {
        return new AwsEndpoints(
                aws.settings().region().id(),
                aws.settings().accountId(),
                aws.settings().credentials(),
                aws.s3Endpoint(),
                aws.sqsEndpoint(),
                aws.dynamoDbEndpoint(),
                aws.eventBridgeEndpoint(),
                lambda,
                aws.cloudWatchEndpoint());
    }

    /**
     * An emulator that answers every service on {@code endpoint}, with its default region, account and the key pair
     * {@code test}/{@code test}. A {@code localhost} endpoint becomes {@code 127.0.0.1}: for an IP address the SDK
     * addresses S3 buckets by path, which an emulator on a port of this machine needs.
     */
    public static AwsEndpoints emulator(URI endpoint, String region, String accountId) {
        URI reachable = endpoint.getHost().equals("localhost")
                ? URI.create(endpoint.getScheme() + "://127.0.0.1:" + endpoint.getPort())
                : endpoint;
        return new AwsEndpoints(
                region,
                accountId,
                AwsBasicCredentials.create("test", "test"),
                reachable,
                reachable,
                reachable,
                reachable,
                reachable,
                reachable);
    }

    /** The variables with which an unmodified AWS SDK in a child process (the service) uses these endpoints. */
    public Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>();
        environment.put("AWS_REGION", region);
        environment.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
        environment.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
        environment.put("AWS_ENDPOINT_URL_S3", s3.toString());
        environment.put("AWS_ENDPOINT_URL_SQS", sqs.toString());
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDb.toString());
        environment.put("AWS_ENDPOINT_URL_EVENTBRIDGE", eventBridge.toString());
        environment.put("AWS_ENDPOINT_URL_LAMBDA", lambda.toString());
        environment.put("AWS_ENDPOINT_URL_CLOUDWATCH", cloudWatch.toString());
        return environment;
    }
}
