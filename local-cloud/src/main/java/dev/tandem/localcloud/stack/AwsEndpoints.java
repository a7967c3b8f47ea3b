package dev.tandem.localcloud.stack;

import dev.tandem.localcloud.LocalAws;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Where an AWS other than AWS itself answers: one endpoint for every service Tandem uses, with the region, account
 * and key pair to sign requests with. local-cloud's edge, Floci and LocalStack each answer every service on one
 * endpoint ({@code http://127.0.0.1:4566} by default) and tell the services apart by the request's signature.
 *
 * @param endpoint what the AWS SDK reads from {@code AWS_ENDPOINT_URL}
 */
public record AwsEndpoints(String region, String accountId, AwsCredentials credentials, URI endpoint) {

    /** The region, account and key pair Floci and LocalStack use unless told otherwise. */
    public static final String EMULATOR_REGION = "us-east-1";

    public static final String EMULATOR_ACCOUNT = "000000000000";

    /** local-cloud's edge, with its administrator's key pair. */
    public static AwsEndpoints of(LocalAws aws) {
        return new AwsEndpoints(
                aws.settings().region().id(),
                aws.settings().accountId(),
                aws.settings().credentials(),
                aws.endpoint());
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
        return new AwsEndpoints(region, accountId, AwsBasicCredentials.create("test", "test"), reachable);
    }

    /**
     * The variables with which an unmodified AWS SDK in a child process (the service) uses this endpoint for every
     * service: {@code AWS_ENDPOINT_URL} is the SDK's general endpoint override
     * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
     */
    public Map<String, String> environment() {
        Map<String, String> environment = new TreeMap<>();
        environment.put("AWS_REGION", region);
        environment.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
        environment.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
        environment.put("AWS_ENDPOINT_URL", endpoint.toString());
        return environment;
    }
}
