package dev.tandem.functions.platform;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The configuration every function's SDK client shares. Naming the HTTP client and the region
 * spares the SDK its classpath and provider-chain searches at cold start; endpoints are left to
 * the SDK, which reads {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_<SERVICE>} itself, so
 * the same jar talks to AWS or to local emulators.
 */
public final class SdkClients {

    private SdkClients() {}

    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder());
        builder.region(Region.of(FunctionEnvironment.require("AWS_REGION")));
        return builder;
    }
}
