package dev.tandem.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import software.constructs.Node;

/**
 * What one deployment of Tandem is called and which jars it deploys, read from CDK context
 * ({@code cdk.json}, or {@code -c key=value} on the command line).
 *
 * @param envName prefixes every stack, resource name and tag, so that several copies (say {@code
 *     sandbox} and {@code alice}) can live in one account
 * @param serviceJar the ec2-backend executable jar
 * @param imageResizerJar the image-resizer deployment jar
 * @param paymentProcessorJar the payment-processor deployment jar
 */
record TandemConfig(String envName, Path serviceJar, Path imageResizerJar, Path paymentProcessorJar) {

    private static final String ENV_NAME_PATTERN = "[a-z][a-z0-9-]{0,19}";

    TandemConfig {
        if (!envName.matches(ENV_NAME_PATTERN)) {
            throw new IllegalArgumentException(
                    "context 'env' must match " + ENV_NAME_PATTERN + ", was '" + envName + "'");
        }
        for (Path jar : new Path[] {serviceJar, imageResizerJar, paymentProcessorJar}) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalArgumentException(
                        jar.toAbsolutePath().normalize() + " does not exist: build the jars first (./mvnw package)");
            }
        }
    }

    /** Reads the context of {@code node}; jar paths default to the sibling modules' build output. */
    static TandemConfig from(Node node) {
        return new TandemConfig(
                context(node, "env", "sandbox"),
                Path.of(context(node, "serviceJar", "../ec2-backend/target/ec2-backend.jar")),
                Path.of(context(node, "imageResizerJar", "../lambda-functions/target/image-resizer.jar")),
                Path.of(context(node, "paymentProcessorJar", "../lambda-functions/target/payment-processor.jar")));
    }

    /** A stack or physical resource name, e.g. {@code sandbox-tandem-image-jobs}. */
    String name(String part) {
        return envName + "-tandem-" + part;
    }

    private static String context(Node node, String key, String fallback) {
        Object value = node.tryGetContext(key);
        return value == null ? fallback : value.toString();
    }
}
