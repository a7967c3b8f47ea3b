package dev.tandem.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLogTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final BasicMDCAdapter mdc = new BasicMDCAdapter();
    private final JsonLineWriter writer =
            new JsonLineWriter(new PrintStream(output, true, StandardCharsets.UTF_8), mdc);

    @Test
    void writesOneJsonObjectPerLineWithTheContextAsFields() {
        mdc.put(SqsBatch.FUNCTION, "payment-processor");
        mdc.put(SqsBatch.CORRELATION_ID, "req-7f3a9c");
        JsonLogger logger = new JsonLogger("dev.tandem.Test", Level.INFO, writer);

        logger.info("Order {} is {}", "ord-1", "PAID");
        logger.debug("not at INFO");

        String[] lines = output.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = JsonMapper.shared().readTree(lines[0]);
        assertThat(line.path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("message").asString()).isEqualTo("Order ord-1 is PAID");
        assertThat(line.path("function").asString()).isEqualTo("payment-processor");
        assertThat(line.path("correlationId").asString()).isEqualTo("req-7f3a9c");
        assertThat(line.path("logger").asString()).isEqualTo("dev.tandem.Test");
        assertThat(line.path("timestamp").asString()).isNotBlank();
    }

    @Test
    void keepsQuotesControlCharactersAndStackTracesInsideTheOneLine() {
        JsonLogger logger = new JsonLogger("test", Level.INFO, writer);

        logger.error("key \"a\\b\"\tline\nbreak\u0001", new IllegalStateException("boom"));

        String text = output.toString(StandardCharsets.UTF_8);
        assertThat(text.strip()).doesNotContain("\n");
        JsonNode line = JsonMapper.shared().readTree(text);
        assertThat(line.path("message").asString()).isEqualTo("key \"a\\b\"\tline\nbreak\u0001");
        assertThat(line.path("error").asString()).startsWith("java.lang.IllegalStateException: boom");
    }

    @Test
    void takesItsThresholdFromLambdasLogLevelSetting() {
        assertThat(JsonLogServiceProvider.threshold(null)).isEqualTo(Level.INFO);
        assertThat(JsonLogServiceProvider.threshold("debug")).isEqualTo(Level.DEBUG);
        assertThat(JsonLogServiceProvider.threshold("FATAL")).isEqualTo(Level.ERROR);
        assertThat(JsonLogServiceProvider.threshold("nonsense")).isEqualTo(Level.INFO);
    }

    @Test
    void isTheSlf4jBackendOnTheFunctionsClasspath() {
        assertThat(LoggerFactory.getLogger("any")).isInstanceOf(JsonLogger.class);
    }
}
