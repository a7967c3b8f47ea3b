package dev.tandem.localcloud.edge;

/** Told of every call the edge answered: the trail, the IAM report. Must not block for long. */
@FunctionalInterface
public interface CallListener {

    void completed(CallRecord call);
}
