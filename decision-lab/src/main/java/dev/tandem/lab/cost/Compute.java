package dev.tandem.lab.cost;

/** The two ways to run a part of the shop. */
public enum Compute {
    /** Instances in an Auto Scaling group, behind a load balancer when they serve HTTP. */
    EC2,
    /** Lambda functions, behind a function URL or API Gateway when they serve HTTP. */
    LAMBDA;

    /** The choice that is not this one. */
    public Compute other() {
        return this == EC2 ? LAMBDA : EC2;
    }
}
