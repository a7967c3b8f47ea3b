package dev.tandem.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the scenarios only where the configured target can really run them, and otherwise says exactly why not, so
 * a target that cannot run is reported as skipped rather than passing silently.
 *
 * <p>The Docker targets stop short of running today: local-cloud's {@code StackDeployer} can provision queues,
 * tables, buckets and the bus into any endpoint, but it starts the stack's Lambda functions only as JVMs on this
 * machine; creating them inside the emulator from the asset jars is not written yet.
 */
final class TargetCondition implements ExecutionCondition {

    static final String AWS_ENABLED = "tandem.e2e.aws.enabled";

    private static final String LAMBDA_GAP = "the stack's Lambda functions would have to be created inside the"
            + " emulator from the asset jars (lambda:CreateFunction with image-resizer.jar and payment-processor.jar),"
            + " and local-cloud's StackDeployer only starts them as JVMs on this machine";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        E2eTarget target = E2eTarget.configured();
        return switch (target) {
            case LOCAL -> ConditionEvaluationResult.enabled("target local: local-cloud on this machine");
            case FLOCI -> dockerTarget(target);
            case LOCALSTACK ->
                blank(System.getenv("LOCALSTACK_AUTH_TOKEN")) && DockerProbe.available()
                        ? ConditionEvaluationResult.disabled("skipped: no LOCALSTACK_AUTH_TOKEN")
                        : dockerTarget(target);
            case AWS ->
                Boolean.getBoolean(AWS_ENABLED)
                        ? ConditionEvaluationResult.disabled("skipped: target aws is not implemented: the scenarios"
                                + " need the deployed stack's outputs (service URL, bus, queues, bucket, tables)"
                                + " and RunningTandem only describes a local-cloud deployment")
                        : ConditionEvaluationResult.disabled(
                                "skipped: target aws runs only when -D" + AWS_ENABLED + "=true");
        };
    }

    private static ConditionEvaluationResult dockerTarget(E2eTarget target) {
        if (!DockerProbe.available()) {
            return ConditionEvaluationResult.disabled("skipped: no Docker");
        }
        return ConditionEvaluationResult.disabled("skipped: target " + target.id() + " cannot run yet: " + LAMBDA_GAP);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Asks Testcontainers once per JVM, the way it would look for Docker before starting a container. */
    private static final class DockerProbe {

        private static final boolean AVAILABLE = probe();

        static boolean available() {
            return AVAILABLE;
        }

        private static boolean probe() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError notUsable) {
                return false;
            }
        }
    }
}
