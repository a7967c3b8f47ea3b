package dev.tandem.functions.platform;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * A function's priming work, run by Lambda SnapStart just before it snapshots the initialised
 * execution environment (a CRaC checkpoint). Whatever the priming loads, initialises and
 * JIT-compiles is then part of every restored environment, so the first invocation after a
 * restore does not pay for it. On a JVM without CRaC, and on functions without SnapStart,
 * registering does nothing.
 */
public final class SnapStartPriming implements Resource {

    private final Runnable priming;

    private SnapStartPriming(Runnable priming) {
        this.priming = priming;
    }

    /**
     * Registers the priming. CRaC holds resources weakly: the caller must keep the returned
     * object in a field, or it may be collected before the checkpoint.
     */
    public static SnapStartPriming register(Runnable priming) {
        SnapStartPriming resource = new SnapStartPriming(priming);
        Core.getGlobalContext().register(resource);
        return resource;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        priming.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to undo: the SDK clients hold no connections across a snapshot that need closing.
    }
}
