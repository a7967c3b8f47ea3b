package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingRequest;
import software.amazon.awssdk.services.lambda.model.EventSourceMappingConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.lambda.model.UpdateEventSourceMappingRequest;
import tools.jackson.databind.JsonNode;

/**
 * What the template sets on an SQS event source mapping: batching, partial batch responses and concurrency, each
 * left to Lambda's default when the template leaves it out. Compared with a mapping that exists already, and sent
 * with {@code CreateEventSourceMapping} or {@code UpdateEventSourceMapping}
 * (https://docs.aws.amazon.com/lambda/latest/api/API_UpdateEventSourceMapping.html).
 */
record SqsMappingSettings(
        Optional<Integer> batchSize,
        int batchingWindowSeconds,
        List<FunctionResponseType> responseTypes,
        Optional<Integer> maximumConcurrency) {

    SqsMappingSettings {
        responseTypes = List.copyOf(responseTypes);
    }

    static SqsMappingSettings of(ResourceProperties properties) {
        return new SqsMappingSettings(
                properties.json("BatchSize").map(JsonNode::asInt),
                properties
                        .json("MaximumBatchingWindowInSeconds")
                        .map(JsonNode::asInt)
                        .orElse(0),
                properties
                        .json("FunctionResponseTypes")
                        .map(types -> types.valueStream()
                                .map(type -> FunctionResponseType.fromValue(type.asString()))
                                .toList())
                        .orElse(List.of()),
                properties
                        .json("ScalingConfig")
                        .map(scaling -> scaling.path("MaximumConcurrency"))
                        .filter(JsonNode::isNumber)
                        .map(JsonNode::asInt));
    }

    /** Whether {@code mapping} differs from these settings, or is not enabled, as the template's mappings are. */
    boolean differFrom(EventSourceMappingConfiguration mapping) {
        return batchSize.filter(size -> !size.equals(mapping.batchSize())).isPresent()
                || batchingWindowSeconds != Objects.requireNonNullElse(mapping.maximumBatchingWindowInSeconds(), 0)
                || !Set.copyOf(responseTypes).equals(Set.copyOf(mapping.functionResponseTypes()))
                || maximumConcurrency
                        .filter(maximum -> mapping.scalingConfig() == null
                                || !maximum.equals(mapping.scalingConfig().maximumConcurrency()))
                        .isPresent()
                || !"Enabled".equals(mapping.state());
    }

    void applyTo(CreateEventSourceMappingRequest.Builder request) {
        request.enabled(true)
                .functionResponseTypes(responseTypes)
                .maximumBatchingWindowInSeconds(batchingWindowSeconds);
        batchSize.ifPresent(request::batchSize);
        maximumConcurrency.ifPresent(maximum -> request.scalingConfig(s -> s.maximumConcurrency(maximum)));
    }

    void applyTo(UpdateEventSourceMappingRequest.Builder request) {
        request.enabled(true)
                .functionResponseTypes(responseTypes)
                .maximumBatchingWindowInSeconds(batchingWindowSeconds);
        batchSize.ifPresent(request::batchSize);
        maximumConcurrency.ifPresent(maximum -> request.scalingConfig(s -> s.maximumConcurrency(maximum)));
    }
}
