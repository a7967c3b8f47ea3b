package dev.tandem.localcloud.edge.fault;

import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;
import java.util.List;

/** The faults to inject into one call; an empty list lets it through untouched. */
@FunctionalInterface
public interface FaultSource {

    FaultSource NONE = (principal, operation) -> List.of();

    /**
     * The faults for this call, in the order to apply them: any number of {@link Fault.Delay}s, then at most one
     * {@link Fault.ErrorReply}, {@link Fault.Drop} or {@link Fault.Crash}.
     */
    List<Fault> faultsFor(Principal principal, Operation operation);
}
