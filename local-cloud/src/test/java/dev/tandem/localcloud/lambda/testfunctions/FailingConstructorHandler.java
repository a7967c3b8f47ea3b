package dev.tandem.localcloud.lambda.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** A function that cannot start: its constructor throws, as one missing its configuration would. */
public class FailingConstructorHandler implements RequestHandler<Map<String, Object>, String> {

    public FailingConstructorHandler() {
        Journal.record("constructed", Journal.pid());
        throw new IllegalStateException("no configuration: refusing to start");
    }

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        return "unreachable";
    }
}
