package dev.tandem.localcloud.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CallTrailTest {

    @TempDir
    Path directory;

    @Test
    void writesACallAsOneLineOfJson() {
        assertThat(CallTrail.toJson(Calls.getObject()).toString())
                .isEqualTo("{\"time\":\"2026-12-03T12:03:04.123Z\","
                        + "\"principal\":\"arn:aws:iam::000000000000:role/tandem-image-resizer\","
                        + "\"principalName\":\"tandem-image-resizer\",\"service\":\"s3\",\"action\":\"s3:GetObject\","
                        + "\"resource\":\"arn:aws:s3:::media/uploads/p1/i1\",\"outcome\":\"ok\",\"status\":200,"
                        + "\"latencyMs\":12,\"correlationId\":\"c0ffee\"}");
    }

    @Test
    void marksADenialAsAccessDenied() {
        JsonNode line = CallTrail.toJson(Calls.deniedPutObject());

        assertThat(line.get("outcome").stringValue()).isEqualTo("AccessDenied");
        assertThat(line.get("status").intValue()).isEqualTo(403);
        assertThat(line.has("correlationId")).isFalse();
    }

    @Test
    void listsEveryResourceOfACallThatHasSeveral() {
        JsonNode line = CallTrail.toJson(Calls.transactionOverTwoTables());

        assertThat(line.get("action").stringValue()).isEqualTo("dynamodb:PutItem");
        assertThat(line.get("resource").stringValue()).endsWith("table/tandem-catalog");
        assertThat(line.get("resources").valueStream().map(JsonNode::stringValue))
                .containsExactly(
                        "arn:aws:dynamodb:us-east-1:000000000000:table/tandem-catalog",
                        "arn:aws:dynamodb:us-east-1:000000000000:table/tandem-orders");
        assertThat(line.get("outcome").stringValue()).isEqualTo("InternalServerError");
    }

    @Test
    void namesACallWithoutAccessesByItsOperationAndADroppedOneAsSuch() {
        JsonNode line = CallTrail.toJson(Calls.droppedListQueues());

        assertThat(line.get("action").stringValue()).isEqualTo("sqs:ListQueues");
        assertThat(line.has("resource")).isFalse();
        assertThat(line.get("outcome").stringValue()).isEqualTo("ConnectionDropped");
        assertThat(line.get("status").intValue()).isZero();
    }

    @Test
    void appendsOneParsableLinePerCallToTheFileInTheDirectory() throws IOException {
        try (CallTrail trail = CallTrail.in(directory.resolve("run"))) {
            trail.completed(Calls.getObject());
            trail.completed(Calls.deniedPutObject());

            List<String> lines = Files.readAllLines(directory.resolve("run").resolve(CallTrail.FILE_NAME));
            assertThat(lines).hasSize(2);
            JsonNode parsed = JsonMapper.shared().readTree(lines.get(1));
            assertThat(parsed.get("outcome").stringValue()).isEqualTo("AccessDenied");
            assertThat(parsed.get("latencyMs").longValue()).isEqualTo(3);
            assertThat(parsed.toString())
                    .isEqualTo(CallTrail.toJson(Calls.deniedPutObject()).toString());
        }
    }

    @Test
    void writesNothingOnceClosed() throws IOException {
        CallTrail trail = CallTrail.in(directory);
        trail.completed(Calls.getObject());
        trail.close();
        trail.close();

        trail.completed(Calls.getObject());

        assertThat(Files.readAllLines(trail.file())).hasSize(1);
    }
}
