package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.request.AwsRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The requests the SDK's own clients send, signed and marshalled, caught just before they would go on the wire: the
 * operation table is tested with what real callers send, not with requests written from memory.
 */
final class SdkRequests {

    private static final URI NOWHERE = URI.create("http://127.0.0.1:1");

    private SdkRequests() {}

    static AwsRequest dynamoDb(Consumer<DynamoDbClient> call) {
        return capture("dynamodb", DynamoDbClient.builder(), call);
    }

    static AwsRequest sqs(Consumer<SqsClient> call) {
        return capture("sqs", SqsClient.builder(), call);
    }

    static AwsRequest s3(Consumer<S3Client> call) {
        return capture("s3", S3Client.builder().forcePathStyle(true), call);
    }

    static AwsRequest events(Consumer<EventBridgeClient> call) {
        return capture("events", EventBridgeClient.builder(), call);
    }

    static AwsRequest cloudWatch(Consumer<CloudWatchClient> call) {
        return capture("monitoring", CloudWatchClient.builder(), call);
    }

    static AwsRequest lambda(Consumer<LambdaClient> call) {
        return capture("lambda", LambdaClient.builder(), call);
    }

    private static <C extends SdkAutoCloseable, B extends AwsClientBuilder<B, C>> AwsRequest capture(
            String service, B builder, Consumer<C> call) {
        AtomicReference<AwsRequest> captured = new AtomicReference<>();
        ExecutionInterceptor interceptor = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                captured.set(toAwsRequest(
                        service,
                        context.httpRequest(),
                        context.requestBody()
                                .map(body -> read(body.contentStreamProvider().newStream()))
                                .orElse(new byte[0])));
                throw new Captured();
            }
        };
        try (C client = builder.region(Region.US_EAST_1)
                .endpointOverride(NOWHERE)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(interceptor))
                .build()) {
            call.accept(client);
        } catch (Exception expected) {
            // Every call ends in Captured; the request is what matters.
        }
        if (captured.get() == null) {
            throw new AssertionError("the SDK sent no request");
        }
        return captured.get();
    }

    private static AwsRequest toAwsRequest(String service, SdkHttpRequest request, byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        request.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        URI uri = request.getUri();
        return new AwsRequest(
                service,
                request.method().name(),
                uri.getRawPath() == null ? "/" : uri.getRawPath(),
                uri.getRawQuery() == null ? "" : uri.getRawQuery(),
                headers,
                body);
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Captured extends RuntimeException {
        Captured() {
            super("captured", null, false, false);
        }
    }
}
