package dev.tandem.localcloud.edge.calls;

/** Told of every call the edge answered: the trail, the IAM report. Must not block for long. */
@FunctionalInterface
public interface CallListener {

    void completed(CallRecord call);
}
