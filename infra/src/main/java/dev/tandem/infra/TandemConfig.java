package dev.tandem.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awscdk.Environment;
import software.constructs.Node;

/**
 * What one deployment of Tandem is called, which jars it deploys, and the few settings that differ
 * between accounts, read from CDK context ({@code cdk.json}, or {@code -c key=value} on the command
 * line). The README's "Deploy to AWS" lists every key.
 *
 * @param envName prefixes every stack, resource name and tag, so that several copies (say {@code
 *     sandbox} and {@code alice}) can live in one account
 * @param serviceJar the ec2-backend executable jar
 * @param imageResizerJar the image-resizer deployment jar
 * @param paymentProcessorJar the payment-processor deployment jar
 * @param environment the account and region the stacks are bound to, when known (see {@link
 *     #from(Node, Map)}); empty: environment-agnostic stacks, as offline synthesis writes them
 * @param certificateArn an ACM certificate, in the stacks' region, for the load balancer's HTTPS
 *     listener; empty: HTTP only, with a warning in the outputs
 * @param serviceDomain the name the certificate is for, pointed at the load balancer by a DNS
 *     record of your own; the service URL uses it. Empty: the load balancer's own name
 * @param alarmEmail an address subscribed to the alarm topic; empty: no subscription
 */
record TandemConfig(
        String envName,
        Path serviceJar,
        Path imageResizerJar,
        Path paymentProcessorJar,
        Optional<Environment> environment,
        Optional<String> certificateArn,
        Optional<String> serviceDomain,
        Optional<String> alarmEmail) {

    private static final String ENV_NAME_PATTERN = "[a-z][a-z0-9-]{0,19}";

    /**
     * Commercial regions without Lambda SnapStart, which both functions use: "available in all
     * commercial Regions except Asia Pacific (New Zealand) and Asia Pacific (Taipei)",
     * https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html#snapstart-supported-regions.
     * Nor is it offered outside the commercial partition (China, GovCloud).
     */
    static final Set<String> REGIONS_WITHOUT_SNAPSTART = Set.of("ap-southeast-6", "ap-east-2");

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
        environment.map(Environment::getRegion).ifPresent(TandemConfig::requireSnapStart);
        if (serviceDomain.isPresent() && certificateArn.isEmpty()) {
            throw new IllegalArgumentException("context 'serviceDomain' needs 'certificateArn' too");
        }
    }

    /**
     * Reads the context of {@code node}; jar paths default to the sibling modules' build output.
     *
     * <p>The account and region come from context ({@code -c account=… -c region=…}) or else from
     * the {@code CDK_DEFAULT_ACCOUNT} and {@code CDK_DEFAULT_REGION} the CDK CLI sets from its
     * credentials. The CLI's default region alone is not taken as known: the CLI falls back to
     * {@code us-east-1} when nothing is configured, and sets an account only when it found
     * credentials. So offline synthesis, by Maven or by the CLI without credentials, writes
     * environment-agnostic stacks, the same either way.
     *
     * @param variables the process environment
     */
    static TandemConfig from(Node node, Map<String, String> variables) {
        Optional<String> account = context(node, "account").or(() -> variable(variables, "CDK_DEFAULT_ACCOUNT"));
        Optional<String> region =
                context(node, "region").or(() -> account.flatMap(known -> variable(variables, "CDK_DEFAULT_REGION")));
        Optional<Environment> environment = region.map(known -> Environment.builder()
                .account(account.orElse(null))
                .region(known)
                .build());
        return new TandemConfig(
                context(node, "env").orElse("sandbox"),
                Path.of(context(node, "serviceJar").orElse("../ec2-backend/target/ec2-backend.jar")),
                Path.of(context(node, "imageResizerJar").orElse("../lambda-functions/target/image-resizer.jar")),
                Path.of(context(node, "paymentProcessorJar")
                        .orElse("../lambda-functions/target/payment-processor.jar")),
                environment,
                context(node, "certificateArn"),
                context(node, "serviceDomain"),
                context(node, "alarmEmail"));
    }

    /** A stack or physical resource name, e.g. {@code sandbox-tandem-image-jobs}. */
    String name(String part) {
        return envName + "-tandem-" + part;
    }

    private static void requireSnapStart(String region) {
        boolean commercial = !region.startsWith("cn-") && !region.startsWith("us-gov-");
        if (!commercial || REGIONS_WITHOUT_SNAPSTART.contains(region)) {
            throw new IllegalArgumentException("Lambda SnapStart, which both functions use, is not offered in " + region
                    + ": deploy to another region (see the README's Deploy to AWS)");
        }
    }

    private static Optional<String> context(Node node, String key) {
        return Optional.ofNullable(node.tryGetContext(key))
                .map(Object::toString)
                .filter(value -> !value.isBlank());
    }

    private static Optional<String> variable(Map<String, String> variables, String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }
}
