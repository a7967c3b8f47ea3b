package dev.tandem.localcloud.lambda.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/**
 * Hangs far past any test timeout the first time it receives a message, and handles it at once
 * when the message comes back.
 */
public class SlowOnFirstReceiveHandler implements RequestHandler<SQSEvent, Void> {

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            String receiveCount = message.getAttributes().get("ApproximateReceiveCount");
            Journal.record(message.getMessageId(), receiveCount, Journal.pid());
            if (receiveCount.equals("1")) {
                hang();
            }
        }
        return null;
    }

    private static void hang() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
