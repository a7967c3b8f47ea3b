package dev.tandem.localcloud.trail;

import dev.tandem.localcloud.edge.calls.CallRecord;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Decision;
import dev.tandem.localcloud.iam.policy.Operation;
import dev.tandem.localcloud.iam.policy.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-made calls as the edge would report them. */
final class Calls {

    static final Principal RESIZER = new Principal(
            Principal.Kind.ROLE, "arn:aws:iam::000000000000:role/tandem-image-resizer", "tandem-image-resizer");
    static final Instant AT = Instant.parse("2026-12-03T12:03:04.123Z");

    private Calls() {}

    static CallRecord getObject() {
        return new CallRecord(
                AT,
                RESIZER,
                new Operation(
                        "s3", "GetObject", List.of(new Access("s3:GetObject", "arn:aws:s3:::media/uploads/p1/i1"))),
                new Decision.Allowed(List.of("ReadUploads")),
                200,
                Optional.empty(),
                Duration.ofMillis(12),
                Optional.of("c0ffee"));
    }

    static CallRecord deniedPutObject() {
        Access access = new Access("s3:PutObject", "arn:aws:s3:::media/thumbnails/p1/i1");
        return new CallRecord(
                AT,
                RESIZER,
                new Operation("s3", "PutObject", List.of(access)),
                new Decision.Denied(access, "User ... is not authorized to perform: s3:PutObject"),
                403,
                Optional.of("AccessDenied"),
                Duration.ofMillis(3),
                Optional.empty());
    }

    static CallRecord transactionOverTwoTables() {
        return new CallRecord(
                AT,
                RESIZER,
                new Operation(
                        "dynamodb",
                        "TransactWriteItems",
                        List.of(
                                new Access(
                                        "dynamodb:PutItem",
                                        "arn:aws:dynamodb:us-east-1:000000000000:table/tandem-catalog"),
                                new Access(
                                        "dynamodb:UpdateItem",
                                        "arn:aws:dynamodb:us-east-1:000000000000:table/tandem-orders"))),
                new Decision.Allowed(List.of()),
                500,
                Optional.of("InternalServerError"),
                Duration.ofMillis(40),
                Optional.empty());
    }

    static CallRecord droppedListQueues() {
        return new CallRecord(
                AT,
                RESIZER,
                new Operation("sqs", "ListQueues", List.of()),
                new Decision.Allowed(List.of()),
                0,
                Optional.empty(),
                Duration.ofMillis(1),
                Optional.empty());
    }
}
