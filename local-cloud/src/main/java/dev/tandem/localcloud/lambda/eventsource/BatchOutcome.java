package dev.tandem.localcloud.lambda.eventsource;

import dev.tandem.localcloud.lambda.runtime.InvocationResult;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an SQS event source mapping makes of an invocation's result: every message succeeded (and
 * is deleted), some failed (only they stay on the queue), or the whole batch failed (nothing is
 * deleted). With {@code ReportBatchItemFailures} the function's response decides, by Lambda's
 * rules: no response, an empty one or an empty or null {@code batchItemFailures} list is a full
 * success; a response that is not such a document, or an item identifier that is missing, empty
 * or not a message of the batch, fails the whole batch.
 */
sealed interface BatchOutcome {

    record AllSucceeded() implements BatchOutcome {}

    record SomeFailed(Set<String> failedMessageIds) implements BatchOutcome {
        public SomeFailed {
            failedMessageIds = Set.copyOf(failedMessageIds);
        }
    }

    record BatchFailed(String reason) implements BatchOutcome {}

    static BatchOutcome of(InvocationResult result, Set<String> batchMessageIds, boolean reportBatchItemFailures) {
        return switch (result) {
            case InvocationResult.Failure failure ->
                new BatchFailed("the function failed: " + failure.error().errorType() + ": "
                        + failure.error().errorMessage());
            case InvocationResult.Success success
            when reportBatchItemFailures -> fromResponse(success.payload(), batchMessageIds);
            case InvocationResult.Success ignored -> new AllSucceeded();
        };
    }

    private static BatchOutcome fromResponse(String payload, Set<String> batchMessageIds) {
        if (payload.isBlank()) {
            return new AllSucceeded();
        }
        JsonNode response;
        try {
            response = JsonMapper.shared().readTree(payload);
        } catch (JacksonException e) {
            return new BatchFailed("the response is not valid JSON");
        }
        if (response == null || response.isNull()) {
            return new AllSucceeded();
        }
        if (!response.isObject()) {
            return new BatchFailed("the response is not a batch item failures document: " + payload);
        }
        JsonNode failures = response.path("batchItemFailures");
        if (failures.isMissingNode() || failures.isNull()) {
            return new AllSucceeded();
        }
        if (!failures.isArray()) {
            return new BatchFailed("batchItemFailures is not a list: " + payload);
        }
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            JsonNode identifier = failure.path("itemIdentifier");
            if (!identifier.isString() || !batchMessageIds.contains(identifier.stringValue())) {
                return new BatchFailed("batchItemFailures names no message of the batch: " + failure);
            }
            failed.add(identifier.stringValue());
        }
        return failed.isEmpty() ? new AllSucceeded() : new SomeFailed(failed);
    }
}
