package dev.tandem.localcloud.junit;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.LocalAwsClients;
import dev.tandem.localcloud.LocalAwsSettings;
import dev.tandem.localcloud.edge.Edge;
import dev.tandem.localcloud.eventbridge.delivery.RetryBackoff;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Gives tests a running {@link LocalAws} and SDK clients for it, as parameters of test methods, constructors and
 * lifecycle methods: {@code LocalAws}, its {@code Edge}, {@code LocalAwsClients} (all on the edge), {@code S3Client}, {@code S3Presigner}, {@code
 * SqsClient}, {@code DynamoDbClient}, {@code EventBridgeClient} and {@code CloudWatchClient}.
 *
 * <p>One {@code LocalAws} serves the whole test run: the first test that asks starts it, and JUnit stops it when
 * the run ends. Tests share its state, so each should use its own bucket, queue and table names. Failed EventBridge
 * deliveries are retried after tens of milliseconds rather than seconds, so that retry and dead-letter behaviour is
 * quick to observe.
 *
 * <pre>{@code
 * @ExtendWith(LocalAwsExtension.class)
 * class OrderFlowIT {
 *     @Test
 *     void storesTheOrder(DynamoDbClient dynamoDb) { ... }
 * }
 * }</pre>
 */
public final class LocalAwsExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalAwsExtension.class);
    private static final RetryBackoff QUICK_RETRIES = new RetryBackoff(Duration.ofMillis(50), Duration.ofMillis(400));
    private static final Map<Class<?>, Function<Running, Object>> RESOLVABLE = Map.of(
            LocalAws.class, Running::aws,
            Edge.class, running -> running.aws().edge(),
            LocalAwsClients.class, Running::clients,
            S3Client.class, running -> running.clients().s3(),
            S3Presigner.class, running -> running.clients().s3Presigner(),
            SqsClient.class, running -> running.clients().sqs(),
            DynamoDbClient.class, running -> running.clients().dynamoDb(),
            EventBridgeClient.class, running -> running.clients().eventBridge(),
            CloudWatchClient.class, running -> running.clients().cloudWatch());

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVABLE.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
        return RESOLVABLE.get(parameter.getParameter().getType()).apply(running);
    }

    /** The test run's LocalAws and its clients; the root store closes it when the run ends. */
    private record Running(LocalAws aws, LocalAwsClients clients) implements AutoCloseable {

        static Running start() {
            LocalAws aws = LocalAws.start(LocalAwsSettings.defaults().withDeliveryBackoff(QUICK_RETRIES));
            return new Running(aws, LocalAwsClients.connectTo(aws));
        }

        @Override
        public void close() {
            try {
                clients.close();
            } finally {
                aws.close();
            }
        }
    }
}
