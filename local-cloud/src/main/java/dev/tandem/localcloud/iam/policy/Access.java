package dev.tandem.localcloud.iam.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a request asks to do, in IAM's terms: an action on a resource, with the condition keys the request
 * supplies. A request may ask several (a {@code TransactWriteItems} over two tables asks one per item).
 *
 * @param action the IAM action, e.g. {@code dynamodb:BatchGetItem}, as the Service Authorization Reference names it
 * @param resource the resource's ARN, or {@code *} for an action that names no resource type
 * @param context condition keys and their values, e.g. {@code cloudwatch:namespace} or {@code aws:SourceArn}
 */
public record Access(String action, String resource, Map<String, List<String>> context) {

    public Access {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        context = Map.copyOf(context);
    }

    public Access(String action, String resource) {
        this(action, resource, Map.of());
    }
}
