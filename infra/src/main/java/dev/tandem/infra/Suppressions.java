package dev.tandem.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.Arrays;
import java.util.List;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * cdk-nag suppressions, always with a reason, and narrowed with {@code appliesTo} when a rule
 * flags one grant among several: a later, wider grant on the same policy is then still reported.
 */
final class Suppressions {

    private Suppressions() {}

    /** Suppresses {@code rule} on {@code construct} and its children. */
    static void suppress(IConstruct construct, String rule, String reason) {
        NagSuppressions.addResourceSuppressions(construct, List.of(suppression(rule, reason, List.of())), true);
    }

    /**
     * Suppresses {@code rule} only for the findings it reports as one of {@code findings}: regular
     * expressions over nag's finding ids, such as {@code Resource::<Media[0-9A-F]+\.Arn>/uploads/\*}.
     */
    static void suppressFindings(IConstruct construct, String rule, String reason, String... findings) {
        List<Object> appliesTo = Arrays.stream(findings)
                .map(finding -> (Object)
                        RegexAppliesTo.builder().regex("/^" + finding + "$/").build())
                .toList();
        NagSuppressions.addResourceSuppressions(construct, List.of(suppression(rule, reason, appliesTo)), true);
    }

    /** Suppresses {@code rule} on a construct that CDK creates itself, found by its path. */
    static void suppressByPath(Stack stack, String path, String rule, String reason, String... findings) {
        List<Object> appliesTo =
                Arrays.stream(findings).map(finding -> (Object) finding).toList();
        NagSuppressions.addResourceSuppressionsByPath(
                stack, "/" + stack.getStackName() + "/" + path, List.of(suppression(rule, reason, appliesTo)), true);
    }

    /**
     * The finding for a grant on {@code suffix} (a regular expression, e.g. {@code /uploads/\\*})
     * under the ARN of a resource whose logical id starts with {@code logicalIdPrefix}. nag names
     * the ARN by the logical id, or, once CDK has turned a cross-stack reference into an import, by
     * the export's name; either form is accepted.
     */
    static String resourceArn(String logicalIdPrefix, String suffix) {
        return "Resource::(<" + logicalIdPrefix + "[0-9A-Za-z]+\\.Arn>|[a-z0-9-]+:ExportsOutputFnGetAtt"
                + logicalIdPrefix + "[0-9A-Za-z]+Arn[0-9A-F]+)" + suffix;
    }

    private static NagPackSuppression suppression(String rule, String reason, List<Object> appliesTo) {
        NagPackSuppression.Builder builder =
                NagPackSuppression.builder().id(rule).reason(reason);
        if (!appliesTo.isEmpty()) {
            builder.appliesTo(appliesTo);
        }
        return builder.build();
    }
}
