/**
 * The template's roles and resource policies and AWS's policy evaluation logic over them. Read {@link
 * dev.tandem.localcloud.iam.policy.PolicyEvaluator} first; {@link dev.tandem.localcloud.iam.policy.PolicyStore}
 * holds the policies.
 */
package dev.tandem.localcloud.iam.policy;
