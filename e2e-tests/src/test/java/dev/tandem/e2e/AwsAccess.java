package dev.tandem.e2e;

import dev.tandem.localcloud.stack.AwsEndpoints;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * How the tests reach the AWS the app runs on: the endpoints of local-cloud or of an emulator in Docker, or, when
 * there are none, the real account, with the region and credentials of the environment ({@code AWS_PROFILE},
 * {@code AWS_REGION}) as the AWS CLI would find them.
 */
record AwsAccess(Optional<AwsEndpoints> endpoints) {

    static AwsAccess emulated(AwsEndpoints endpoints) {
        return new AwsAccess(Optional.of(endpoints));
    }

    static AwsAccess account() {
        return new AwsAccess(Optional.empty());
    }

    /** Points an SDK client builder at the one endpoint of local-cloud or the emulator, or leaves it to the environment. */
    <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configure(B builder, SdkHttpClient http) {
        endpoints.ifPresent(e -> builder.region(Region.of(e.region()))
                .credentialsProvider(StaticCredentialsProvider.create(e.credentials()))
                .endpointOverride(e.endpoint()));
        return builder.httpClient(http);
    }
}
