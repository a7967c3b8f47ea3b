package dev.tandem.catalog.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

class DynamoDbTransactionsTest {

    @Test
    void findsTheItemWhoseConditionFailed() {
        TransactionCanceledException e = cancelled("None", "ConditionalCheckFailed", "None");

        assertThat(DynamoDbTransactions.conditionFailed(e, 1)).isTrue();
        assertThat(DynamoDbTransactions.conditionFailed(e, 0)).isFalse();
        assertThat(DynamoDbTransactions.conditionFailed(e, 7)).isFalse();
    }

    @Test
    void treatsAConflictWithoutFailedConditionsAsRetryable() {
        assertThat(DynamoDbTransactions.onlyConflicts(cancelled("None", "TransactionConflict")))
                .isTrue();
    }

    @Test
    void treatsAFailedConditionAsAnAnswerEvenAlongsideAConflict() {
        assertThat(DynamoDbTransactions.onlyConflicts(cancelled("TransactionConflict", "ConditionalCheckFailed")))
                .isFalse();
        assertThat(DynamoDbTransactions.onlyConflicts(cancelled("None", "ValidationError")))
                .isFalse();
    }

    private static TransactionCanceledException cancelled(String... codes) {
        return TransactionCanceledException.builder()
                .message("Transaction cancelled")
                .cancellationReasons(Arrays.stream(codes)
                        .map(code -> CancellationReason.builder().code(code).build())
                        .toList())
                .build();
    }
}
