package dev.tandem.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a {@link Drill} only on local-cloud, the one target that injects faults on demand. */
final class LocalCloudOnly implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return E2eTarget.configured() == E2eTarget.LOCAL
                ? ConditionEvaluationResult.enabled("local-cloud injects the drill's faults")
                : ConditionEvaluationResult.disabled("skipped: drills need local-cloud's fault injection (target "
                        + E2eTarget.configured().id() + ")");
    }
}
