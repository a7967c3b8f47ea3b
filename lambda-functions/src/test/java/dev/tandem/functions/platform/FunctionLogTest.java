package dev.tandem.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FunctionLogTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final BasicMDCAdapter mdc = new BasicMDCAdapter();
    private final JsonLineWriter writer =
            new JsonLineWriter(new PrintStream(output, true, StandardCharsets.UTF_8), mdc);

    @Test
    void writesOneJsonObjectPerLineWithTheContextAsFields() {
        mdc.put(SqsBatch.FUNCTION, "payment-processor");
        mdc.put(SqsBatch.CORRELATION_ID, "req-7f3a9c");
        FunctionLogger logger = new FunctionLogger("dev.tandem.Test", Level.INFO, writer);

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
        FunctionLogger logger = new FunctionLogger("test", Level.INFO, writer);

        logger.error("key \"a\\b\"\tline\nbreak\u0001", new IllegalStateException("boom"));

        String text = output.toString(StandardCharsets.UTF_8);
        assertThat(text.strip()).doesNotContain("\n");
        JsonNode line = JsonMapper.shared().readTree(text);
        assertThat(line.path("message").asString()).isEqualTo("key \"a\\b\"\tline\nbreak\u0001");
        assertThat(line.path("error").asString()).startsWith("java.lang.IllegalStateException: boom");
    }

    @Test
    void writesOneReadableLineWithTimeLevelComponentAndCorrelationIdWhenAskedForText() {
        mdc.put(SqsBatch.CORRELATION_ID, "req-7f3a9c");
        LogLineWriter text = FunctionLogServiceProvider.writer(
                Map.of("TANDEM_LOG_FORMAT", "text"), new PrintStream(output, true, StandardCharsets.UTF_8), mdc);

        new FunctionLogger("dev.tandem.functions.payments.PaymentProcessor", Level.INFO, text)
                .info("Order {} is {}", "ord-1", "PAID");

        assertThat(output.toString(StandardCharsets.UTF_8))
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  INFO PaymentProcessor \\[req-7f3a9c] Order ord-1 is PAID\\R");
    }

    @Test
    void coloursTextOnlyWhenForcedAndNeverWithNoColor() {
        mdc.put(SqsBatch.CORRELATION_ID, "req-1");
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

        FunctionLogServiceProvider.writer(Map.of("TANDEM_LOG_FORMAT", "text"), out, mdc)
                .write(Level.WARN, "a.B", "plain", null);
        FunctionLogServiceProvider.writer(
                        Map.of("TANDEM_LOG_FORMAT", "text", "NO_COLOR", "1", "FORCE_COLOR", "1"), out, mdc)
                .write(Level.WARN, "a.B", "still plain", null);
        assertThat(output.toString(StandardCharsets.UTF_8)).doesNotContain("\u001b[");

        FunctionLogServiceProvider.writer(Map.of("TANDEM_LOG_FORMAT", "text", "FORCE_COLOR", "1"), out, mdc)
                .write(Level.WARN, "a.B", "coloured", null);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("\u001b[33m WARN\u001b[0m");
    }

    @Test
    void staysJsonUnlessToldOtherwiseAsOnLambda() {
        LogLineWriter deployed = FunctionLogServiceProvider.writer(
                Map.of("AWS_LAMBDA_FUNCTION_NAME", "payment-processor"),
                new PrintStream(output, true, StandardCharsets.UTF_8),
                mdc);

        assertThat(deployed).isInstanceOf(JsonLineWriter.class);
    }

    @Test
    void takesItsThresholdFromLambdasLogLevelSetting() {
        assertThat(FunctionLogServiceProvider.threshold(null)).isEqualTo(Level.INFO);
        assertThat(FunctionLogServiceProvider.threshold("debug")).isEqualTo(Level.DEBUG);
        assertThat(FunctionLogServiceProvider.threshold("FATAL")).isEqualTo(Level.ERROR);
        assertThat(FunctionLogServiceProvider.threshold("nonsense")).isEqualTo(Level.INFO);
    }

    @Test
    void isTheSlf4jBackendOnTheFunctionsClasspath() {
        assertThat(LoggerFactory.getLogger("any")).isInstanceOf(FunctionLogger.class);
    }
}
