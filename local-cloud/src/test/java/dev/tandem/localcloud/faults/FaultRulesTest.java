package dev.tandem.localcloud.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class FaultRulesTest {

    @Test
    void readsEveryMemberOfARule() {
        List<FaultRule> rules = FaultRules.parse("""
                {"faults":[{"service":"s3","action":"GetObject","principal":"tandem-image-resizer",
                  "probability":0.5,"after":"PT1M","for":"30s","times":2,"latency":"250ms","error":"SlowDown"}]}""");

        assertThat(rules)
                .containsExactly(new FaultRule(
                        "s3",
                        Optional.of("GetObject"),
                        Optional.of("tandem-image-resizer"),
                        0.5,
                        Duration.ofMinutes(1),
                        Optional.of(Duration.ofSeconds(30)),
                        OptionalInt.of(2),
                        Optional.of(Duration.ofMillis(250)),
                        Optional.of("SlowDown"),
                        false,
                        false));
    }

    @Test
    void readsASingleRuleWithoutTheListAroundIt() {
        assertThat(FaultRules.parse("""
                        {"service":"lambda","drop":true}""")).singleElement().satisfies(rule -> {
            assertThat(rule.drop()).isTrue();
            assertThat(rule.probability()).isEqualTo(1);
            assertThat(rule.after()).isZero();
            assertThat(rule.action()).isEmpty();
        });
    }

    @Test
    void takesABareStatusAsTheError() {
        assertThat(FaultRules.parse("{\"service\":\"sqs\",\"error\":503}")
                        .getFirst()
                        .errorReply())
                .hasValueSatisfying(reply -> assertThat(reply.status()).isEqualTo(503));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"faults\":[{\"service\":\"s3\",\"error\":\"SlowDown\"},{\"service\":\"ec2\",\"error\":\"500\"}]}"
                        + " | faults[1].service",
                "{\"faults\":[{\"service\":\"s3\",\"error\":\"SlowDown\",\"times\":0}]} | faults[0].times",
                "{\"faults\":[{\"service\":\"s3\",\"error\":\"SlowDown\",\"times\":\"2\"}]} | faults[0].times",
                "{\"faults\":[{\"service\":\"s3\",\"error\":\"SlowDown\",\"durationn\":\"2s\"}]} | faults[0].durationn",
                "{\"faults\":[{\"service\":\"s3\",\"error\":\"SlowDown\",\"for\":\"soon\"}]} | faults[0].for",
                "{\"faults\":[{\"service\":\"s3\",\"latency\":30}]} | faults[0].latency",
                "{\"faults\":[{\"service\":\"s3\",\"error\":\"SlowDown\",\"probability\":2}]} | faults[0].probability",
                "{\"faults\":[{\"service\":\"dynamodb\",\"error\":\"SlowDown\"}]} | faults[0].error",
                "{\"faults\":[{\"service\":\"sqs\"}]} | faults[0].error",
                "{\"faults\":[{\"error\":\"InternalFailure\"}]} | faults[0].service",
                "{\"faults\":[{\"service\":\"sqs\",\"error\":\"InternalFailure\",\"drop\":true}]} | faults[0].drop",
                "{\"faults\":{\"service\":\"sqs\"}} | faults",
                "{\"faults\": | faults",
            })
    void namesTheMemberThatIsNotValid(String json, String field) {
        assertThatThrownBy(() -> FaultRules.parse(json))
                .isInstanceOfSatisfying(InvalidFaultRuleException.class, e -> assertThat(e.field())
                        .isEqualTo(field))
                .hasMessageStartingWith(field + ": ");
    }

    @Test
    void writesARuleWithItsIdPhaseAndCountAndTheReplyItSends() {
        FaultRule rule = FaultRules.parse("""
                {"service":"events","action":"PutEvents","error":"InternalFailure","for":"30s"}""").getFirst();

        JsonNode json = FaultRules.toJson(List.of(
                new ActiveFault("f3", rule, Instant.parse("2026-12-03T12:00:00Z"), 4, ActiveFault.Phase.ACTIVE)));

        assertThat(json.toString())
                .isEqualTo("{\"faults\":[{\"id\":\"f3\",\"service\":\"events\",\"action\":\"PutEvents\","
                        + "\"probability\":1.0,\"after\":\"0ms\",\"for\":\"30s\",\"error\":\"InternalFailure\","
                        + "\"reply\":{\"status\":500,\"code\":\"InternalFailure\"},\"drop\":false,\"crash\":false,"
                        + "\"addedAt\":\"2026-12-03T12:00:00Z\",\"phase\":\"active\",\"fired\":4}]}");
    }

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "30s, PT30S", "2m, PT2M", "1h, PT1H", "PT1M30S, PT1M30S", "90s, PT1M30S"})
    void readsShortAndIsoDurations(String text, Duration expected) {
        assertThat(Durations.parse(text)).isEqualTo(expected);
        assertThat(Durations.parse(Durations.format(expected))).isEqualTo(expected);
    }
}
