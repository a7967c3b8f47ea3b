package dev.tandem.localcloud.lambda.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers with what it was given and what its execution environment looks like (request id,
 * process id, remaining time, function ARN, some environment variables). Input {@code "fail": true}
 * makes it throw; {@code "sleepMs"} makes it take that long first; {@code "spawnChild": true} makes
 * it start a long-running child process, as a function shelling out to a tool would.
 */
public class EchoHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        Journal.record(context.getAwsRequestId(), Journal.pid());
        if (input.get("sleepMs") instanceof Number sleep) {
            pause(Duration.ofMillis(sleep.longValue()));
        }
        if (Boolean.TRUE.equals(input.get("fail"))) {
            throw new IllegalStateException("asked to fail");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(input.get("spawnChild"))) {
            answer.put("childPid", spawnChild());
        }
        answer.put("input", input);
        answer.put("requestId", context.getAwsRequestId());
        answer.put("functionArn", context.getInvokedFunctionArn());
        answer.put("remainingMs", context.getRemainingTimeInMillis());
        answer.put("memoryLimitMb", context.getMemoryLimitInMB());
        answer.put("pid", ProcessHandle.current().pid());
        answer.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        answer.put("region", System.getenv("AWS_REGION"));
        answer.put("greeting", System.getenv("GREETING"));
        answer.put("hostHome", System.getenv("HOME"));
        answer.put("runtimeApi", System.getenv("AWS_LAMBDA_RUNTIME_API"));
        return answer;
    }

    private static long spawnChild() {
        try {
            return new ProcessBuilder("sleep", "600").start().pid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
