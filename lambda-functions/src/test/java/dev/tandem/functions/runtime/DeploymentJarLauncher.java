package dev.tandem.functions.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Plays the Lambda Java runtime's part for {@link DeploymentJarIT}, in a JVM whose class path is a
 * deployment jar, the runtime's event serializer and this class: it constructs the handler named
 * on the command line, reads an SQS event the way the runtime does, invokes the handler and prints
 * the batch response as the last line of output, after a line with the time each step took.
 */
public final class DeploymentJarLauncher {

    private DeploymentJarLauncher() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        ClassLoader loader = DeploymentJarLauncher.class.getClassLoader();
        long start = System.nanoTime();
        RequestHandler<SQSEvent, SQSBatchResponse> handler = (RequestHandler<SQSEvent, SQSBatchResponse>)
                Class.forName(args[0], true, loader).getConstructor().newInstance();
        long constructed = System.nanoTime();
        SQSEvent event;
        try (InputStream json = Files.newInputStream(Path.of(args[1]))) {
            event = LambdaEventSerializers.serializerFor(SQSEvent.class, loader).fromJson(json);
        }
        SQSBatchResponse response = handler.handleRequest(event, LambdaFixtures.context(Duration.ofSeconds(30)));
        long invoked = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(SQSBatchResponse.class, loader).toJson(response, out);
        // Milliseconds to construct the handler, then to deserialise the event and run the first
        // invocation; the benchmark reads them, the test ignores them.
        System.out.printf("%ntimings %.1f %.1f%n", (constructed - start) / 1e6, (invoked - constructed) / 1e6);
        System.out.println(out.toString(StandardCharsets.UTF_8));
    }
}
