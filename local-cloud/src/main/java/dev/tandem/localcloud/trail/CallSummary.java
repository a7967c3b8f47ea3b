package dev.tandem.localcloud.trail;

import dev.tandem.localcloud.edge.calls.CallRecord;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Decision;
import java.util.List;

/** What both trails say about a call: its IAM action, its resources and how it ended. */
record CallSummary(String action, List<String> resources, String outcome, boolean denied) {

    static final String OK = "ok";
    static final String ACCESS_DENIED = "AccessDenied";
    static final String DROPPED = "ConnectionDropped";

    static CallSummary of(CallRecord call) {
        List<Access> accesses = call.operation().accesses();
        String action = accesses.isEmpty()
                ? call.operation().service() + ":" + call.operation().name()
                : accesses.getFirst().action();
        List<String> resources =
                accesses.stream().map(Access::resource).distinct().toList();
        boolean denied = call.decision() instanceof Decision.Denied;
        return new CallSummary(action, resources, outcome(call, denied), denied);
    }

    /** The error code when there is one; a call that failed without one is named by its status. */
    private static String outcome(CallRecord call, boolean denied) {
        if (denied) {
            return ACCESS_DENIED;
        }
        if (call.errorCode().isPresent()) {
            return call.errorCode().get();
        }
        if (call.status() == 0) {
            return DROPPED;
        }
        return call.status() >= 400 ? "HTTP" + call.status() : OK;
    }
}
