package dev.tandem.functions.platform;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The event fixtures under {@code src/test/resources/events}, read with the Lambda Java runtime's
 * own serializer, and an invocation {@link Context} such as the runtime passes.
 */
public final class LambdaFixtures {

    private LambdaFixtures() {}

    public static SQSEvent sqsEvent(String fixture) {
        try (InputStream json = LambdaFixtures.class.getResourceAsStream("/events/" + fixture)) {
            if (json == null) {
                throw new IllegalArgumentException("no event fixture " + fixture);
            }
            return LambdaEventSerializers.serializerFor(SQSEvent.class, LambdaFixtures.class.getClassLoader())
                    .fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's JSON as text, to be edited before {@link #sqsEventFromJson}. */
    public static String json(String fixture) {
        try (InputStream json = LambdaFixtures.class.getResourceAsStream("/events/" + fixture)) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SQSEvent sqsEventFromJson(String json) {
        return LambdaEventSerializers.serializerFor(SQSEvent.class, LambdaFixtures.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The event as JSON, written as the Lambda runtime writes it. */
    public static String toJson(SQSEvent event) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(SQSEvent.class, LambdaFixtures.class.getClassLoader())
                .toJson(event, json);
        return json.toString(StandardCharsets.UTF_8);
    }

    /** A batch of copies of the fixture's first message, one per body, each with its own id. */
    public static SQSEvent batchOf(String fixture, List<String> bodies) {
        SQSEvent.SQSMessage template = sqsEvent(fixture).getRecords().getFirst();
        List<SQSEvent.SQSMessage> messages = new ArrayList<>();
        for (String body : bodies) {
            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId(UUID.randomUUID().toString());
            message.setReceiptHandle(template.getReceiptHandle());
            message.setAttributes(template.getAttributes());
            message.setMessageAttributes(template.getMessageAttributes());
            message.setEventSource(template.getEventSource());
            message.setEventSourceArn(template.getEventSourceArn());
            message.setAwsRegion(template.getAwsRegion());
            message.setBody(body);
            messages.add(message);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        return event;
    }

    /** An invocation that has {@code remaining} left before its timeout. */
    public static Context context(Duration remaining) {
        long deadline = System.currentTimeMillis() + remaining.toMillis();
        String requestId = UUID.randomUUID().toString();
        return new Context() {
            @Override
            public String getAwsRequestId() {
                return requestId;
            }

            @Override
            public String getLogGroupName() {
                return "/aws/lambda/test";
            }

            @Override
            public String getLogStreamName() {
                return "test";
            }

            @Override
            public String getFunctionName() {
                return "test";
            }

            @Override
            public String getFunctionVersion() {
                return "$LATEST";
            }

            @Override
            public String getInvokedFunctionArn() {
                return "arn:aws:lambda:eu-west-1:111122223333:function:test";
            }

            @Override
            public CognitoIdentity getIdentity() {
                return null;
            }

            @Override
            public ClientContext getClientContext() {
                return null;
            }

            @Override
            public int getRemainingTimeInMillis() {
                return (int) Math.max(0, deadline - System.currentTimeMillis());
            }

            @Override
            public int getMemoryLimitInMB() {
                return 1024;
            }

            @Override
            public LambdaLogger getLogger() {
                return new LambdaLogger() {
                    @Override
                    public void log(String message) {
                        System.out.print(message);
                    }

                    @Override
                    public void log(byte[] message) {
                        System.out.write(message, 0, message.length);
                    }
                };
            }
        };
    }
}
