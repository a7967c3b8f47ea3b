package dev.tandem.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs the tests only where the configured target can really run them, and otherwise says exactly why not, so a
 * target that cannot run is reported as skipped rather than passing silently: the Docker targets need Docker (and
 * LocalStack its auth token), and the {@code aws} target runs against a real account only when asked to.
 */
final class TargetCondition implements ExecutionCondition {

    static final String AWS_ENABLED = "tandem.e2e.aws.enabled";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        E2eTarget target = E2eTarget.configured();
        return switch (target) {
            case LOCAL -> ConditionEvaluationResult.enabled("target local: local-cloud on this machine");
            case FLOCI ->
                DockerProbe.available()
                        ? ConditionEvaluationResult.enabled("target floci: Floci in Docker")
                        : ConditionEvaluationResult.disabled("skipped: no Docker");
            case LOCALSTACK -> {
                if (!DockerProbe.available()) {
                    yield ConditionEvaluationResult.disabled("skipped: no Docker");
                }
                String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
                yield token == null || token.isBlank()
                        ? ConditionEvaluationResult.disabled("skipped: no LOCALSTACK_AUTH_TOKEN")
                        : ConditionEvaluationResult.enabled("target localstack: LocalStack in Docker");
            }
            case AWS ->
                Boolean.getBoolean(AWS_ENABLED)
                        ? ConditionEvaluationResult.enabled("target aws: the stack deployed to your account")
                        : ConditionEvaluationResult.disabled(
                                "skipped: target aws runs only when -D" + AWS_ENABLED + "=true");
        };
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
