package dev.tandem.localcloud.iam;

/** How strictly {@link IamAuthorizer} applies the template's policies. */
public enum IamMode {
    /** Refuses what IAM would refuse, as AWS does. */
    ENFORCE,
    /** Evaluates every call and logs what IAM would refuse, but lets it through: for finding gaps in a template. */
    WARN,
    /** Allows everything without evaluating. */
    OFF
}
