package dev.tandem.localcloud.eventbridge.api;

import dev.tandem.localcloud.eventbridge.bus.EventBridgeException;
import dev.tandem.localcloud.eventbridge.bus.RequestFields;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One page of a {@code List*} answer: the {@code [from, to)} slice of a sorted list. The {@code NextToken} is the
 * index where the next page starts; clients treat it as opaque.
 */
record Page(int from, int to, Optional<String> nextToken) {

    private static final int DEFAULT_LIMIT = 100;

    static Page of(int size, JsonNode request) {
        int limit = RequestFields.optionalInt(request, "Limit").orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > DEFAULT_LIMIT) {
            throw EventBridgeException.validation("Limit must be between 1 and 100");
        }
        int from = RequestFields.optionalText(request, "NextToken")
                .map(Page::parseToken)
                .orElse(0);
        int to = (int) Math.min((long) from + limit, size);
        Optional<String> next = to < size ? Optional.of(Integer.toString(to)) : Optional.empty();
        return new Page(Math.min(from, size), to, next);
    }

    private static int parseToken(String token) {
        try {
            int index = Integer.parseInt(token);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a negative index
        }
        throw EventBridgeException.validation("The NextToken '" + token + "' is not valid");
    }
}
