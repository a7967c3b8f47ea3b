package dev.tandem.localcloud.cloudwatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * {@code PutMetricData}: checks the whole request against CloudWatch's limits and stores its datapoints, all or
 * none. A datum must carry a single {@code Value}; the statistic sets and value arrays CloudWatch also takes are
 * refused with a message saying so, rather than stored wrongly.
 */
final class PutMetricDataOperation implements RpcV2CborEndpoint.Operation {

    private static final int MAX_DATA = 1000;
    private static final int MAX_DIMENSIONS = 30;
    private static final int MAX_NAME_LENGTH = 255;
    private static final int MAX_DIMENSION_VALUE_LENGTH = 1024;
    /** CloudWatch takes datapoints up to two weeks old and up to two hours ahead. */
    private static final Duration MAX_AGE = Duration.ofDays(14);

    private static final Duration MAX_AHEAD = Duration.ofHours(2);

    private final Consumer<List<MetricDatapoint>> store;
    private final Clock clock;

    PutMetricDataOperation(Consumer<List<MetricDatapoint>> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public JsonNode handle(JsonNode request) {
        String namespace = requiredText(request, "Namespace", MAX_NAME_LENGTH);
        if (namespace.startsWith("AWS/") || namespace.startsWith(":")) {
            throw CloudWatchException.invalidValue(
                    "The value " + namespace + " for parameter Namespace is invalid: it is reserved or malformed.");
        }
        if (request.has("EntityMetricData")) {
            throw CloudWatchException.invalidValue("local-cloud does not support EntityMetricData; use MetricData.");
        }
        JsonNode data = request.path("MetricData");
        if (!data.isArray() || data.isEmpty()) {
            throw CloudWatchException.missingParameter("MetricData");
        }
        if (data.size() > MAX_DATA) {
            throw CloudWatchException.invalidValue(
                    "The collection MetricData must not have a size greater than " + MAX_DATA + ".");
        }
        Instant now = clock.instant();
        List<MetricDatapoint> datapoints = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            datapoints.add(datum(namespace, data.get(i), "MetricData.member." + (i + 1), now));
        }
        store.accept(datapoints);
        return CBORMapper.shared().createObjectNode();
    }

    private static MetricDatapoint datum(String namespace, JsonNode datum, String path, Instant now) {
        String metricName = requiredText(datum, "MetricName", MAX_NAME_LENGTH, path);
        checkStorageResolution(datum.path("StorageResolution"), path);
        return new MetricDatapoint(
                namespace,
                metricName,
                dimensions(datum.path("Dimensions"), path),
                timestamp(datum.path("Timestamp"), path, now),
                value(datum, path),
                unit(datum.path("Unit"), path));
    }

    private static SortedMap<String, String> dimensions(JsonNode dimensions, String path) {
        SortedMap<String, String> byName = new TreeMap<>();
        if (dimensions.isMissingNode() || dimensions.isNull()) {
            return byName;
        }
        if (!dimensions.isArray() || dimensions.size() > MAX_DIMENSIONS) {
            throw CloudWatchException.invalidValue(
                    "The collection " + path + ".Dimensions must be a list of at most " + MAX_DIMENSIONS + ".");
        }
        for (int i = 0; i < dimensions.size(); i++) {
            String dimensionPath = path + ".Dimensions.member." + (i + 1);
            String name = requiredText(dimensions.get(i), "Name", MAX_NAME_LENGTH, dimensionPath);
            String value = requiredText(dimensions.get(i), "Value", MAX_DIMENSION_VALUE_LENGTH, dimensionPath);
            if (byName.put(name, value) != null) {
                throw CloudWatchException.invalidValue("The dimension " + name + " appears twice in " + path + ".");
            }
        }
        return byName;
    }

    /** Smithy CBOR sends a timestamp as epoch seconds, with the fraction after the point. */
    private static Instant timestamp(JsonNode timestamp, String path, Instant now) {
        if (timestamp.isMissingNode() || timestamp.isNull()) {
            return now;
        }
        if (!timestamp.isNumber()) {
            throw CloudWatchException.invalidValue("The parameter " + path + ".Timestamp must be a timestamp.");
        }
        Instant at = Instant.ofEpochMilli(Math.round(timestamp.doubleValue() * 1000));
        if (at.isBefore(now.minus(MAX_AGE)) || at.isAfter(now.plus(MAX_AHEAD))) {
            throw CloudWatchException.invalidValue("The parameter " + path + ".Timestamp must be no more than "
                    + MAX_AGE.toDays() + " days in the past or " + MAX_AHEAD.toHours() + " hours in the future.");
        }
        return at;
    }

    private static double value(JsonNode datum, String path) {
        boolean hasSet = datum.has("Values") || datum.has("Counts") || datum.has("StatisticValues");
        if (datum.has("Value") && hasSet) {
            throw CloudWatchException.invalidCombination("The parameters " + path + ".Value and " + path
                    + ".Values or .StatisticValues are mutually" + " exclusive.");
        }
        if (hasSet) {
            throw CloudWatchException.invalidValue("local-cloud stores single values only: " + path
                    + " must use Value, not Values or StatisticValues.");
        }
        JsonNode value = datum.path("Value");
        if (value.isMissingNode() || value.isNull()) {
            throw CloudWatchException.missingParameter(path + ".Value");
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw CloudWatchException.invalidValue("The parameter " + path + ".Value must be a finite number.");
        }
        return value.doubleValue();
    }

    /** 60 (the default) keeps one-minute datapoints, 1 keeps one-second ones; CloudWatch takes nothing else. */
    private static void checkStorageResolution(JsonNode resolution, String path) {
        if (resolution.isMissingNode() || resolution.isNull()) {
            return;
        }
        if (!resolution.isIntegralNumber() || (resolution.intValue() != 1 && resolution.intValue() != 60)) {
            throw CloudWatchException.invalidValue("The parameter " + path + ".StorageResolution must be 1 or 60.");
        }
    }

    private static String unit(JsonNode unit, String path) {
        if (unit.isMissingNode() || unit.isNull()) {
            return StandardUnit.NONE.toString();
        }
        if (!unit.isString() || StandardUnit.fromValue(unit.stringValue()) == StandardUnit.UNKNOWN_TO_SDK_VERSION) {
            throw CloudWatchException.invalidValue(
                    "The value " + unit + " for parameter " + path + ".Unit is not a CloudWatch unit.");
        }
        return unit.stringValue();
    }

    private static String requiredText(JsonNode node, String member, int maxLength) {
        return requiredText(node, member, maxLength, "");
    }

    private static String requiredText(JsonNode node, String member, int maxLength, String path) {
        String name = path.isEmpty() ? member : path + "." + member;
        JsonNode value = node.path(member);
        if (value.isMissingNode() || value.isNull()) {
            throw CloudWatchException.missingParameter(name);
        }
        if (!value.isString()
                || value.stringValue().isEmpty()
                || value.stringValue().length() > maxLength) {
            throw CloudWatchException.invalidValue(
                    "The parameter " + name + " must be a string of 1 to " + maxLength + " characters.");
        }
        return value.stringValue();
    }
}
