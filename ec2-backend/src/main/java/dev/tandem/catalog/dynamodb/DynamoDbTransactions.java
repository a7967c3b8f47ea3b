package dev.tandem.catalog.dynamodb;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Runs {@code TransactWriteItems}, retrying the transactions DynamoDB cancels only because another
 * transaction held one of the same items ({@code TransactionConflict}): under contention for one
 * product, that is routine and says nothing about the request. A cancellation with a failed
 * condition is an answer, and is thrown at once for the caller to interpret.
 */
@Component
public final class DynamoDbTransactions {

    public static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final String CONFLICT = "TransactionConflict";
    private static final int MAX_ATTEMPTS = 10;
    private static final Duration BASE_PAUSE = Duration.ofMillis(10);

    private final DynamoDbClient dynamoDb;

    DynamoDbTransactions(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** Writes all items or none; after {@value #MAX_ATTEMPTS} conflicts the last cancellation is thrown. */
    public void write(List<TransactWriteItem> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamoDb.transactWriteItems(request -> request.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                if (!onlyConflicts(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Whether the cancellation happened because of conflicts and no condition failed. */
    public static boolean onlyConflicts(TransactionCanceledException e) {
        List<String> codes =
                e.cancellationReasons().stream().map(CancellationReason::code).toList();
        return codes.contains(CONFLICT) && !codes.contains(CONDITION_FAILED);
    }

    /** Whether the condition of the item at {@code index} in the transaction failed. */
    public static boolean conditionFailed(TransactionCanceledException e, int index) {
        return e.hasCancellationReasons()
                && index < e.cancellationReasons().size()
                && CONDITION_FAILED.equals(e.cancellationReasons().get(index).code());
    }

    /** Full jitter over an exponentially growing window, so that the conflicting writers spread out. */
    private static void pause(int attempt) {
        long window = BASE_PAUSE.toMillis() << Math.min(attempt, 6);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, window + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a DynamoDB transaction", e);
        }
    }
}
