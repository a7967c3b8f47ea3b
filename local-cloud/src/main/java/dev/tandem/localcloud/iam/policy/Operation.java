package dev.tandem.localcloud.iam.policy;

import java.util.List;
import java.util.Objects;

/**
 * An API operation as IAM sees it: the service's action prefix, the operation's name, and every {@link Access} it
 * asks for. {@code accesses} is empty only for an operation that needs no authorization.
 *
 * @param service the IAM service prefix: {@code s3}, {@code sqs}, {@code dynamodb}, {@code events}, {@code
 *     cloudwatch}, {@code lambda}
 * @param name the API operation, e.g. {@code TransactWriteItems}
 */
public record Operation(String service, String name, List<Access> accesses) {

    public Operation {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(name, "name");
        accesses = List.copyOf(accesses);
    }
}
