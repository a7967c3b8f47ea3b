package dev.tandem.functions.platform;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crac.Resource;

/**
 * Plays the Lambda Java runtime's part for {@link DeploymentJarIT}, in a JVM whose class path is a
 * deployment jar, the runtime's event serializer and this class: it constructs the handler named
 * on the command line, reads an SQS event the way the runtime does, invokes the handler and prints
 * the batch response as the last line of output, after a line with the time each step took.
 *
 * <p>Arguments: {@code [--prime] <handler class> <event file>}. With {@code --prime} it also plays
 * SnapStart's part between construction and invocation: it runs the priming that the handler
 * registered with CRaC, as SnapStart does before it takes its snapshot. (On a JVM without CRaC,
 * such as this one, registering it runs nothing.)
 */
public final class DeploymentJarLauncher {

    private DeploymentJarLauncher() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean prime = arguments.remove("--prime");
        ClassLoader loader = DeploymentJarLauncher.class.getClassLoader();
        long start = System.nanoTime();
        RequestHandler<SQSEvent, SQSBatchResponse> handler = (RequestHandler<SQSEvent, SQSBatchResponse>)
                Class.forName(arguments.get(0), true, loader).getConstructor().newInstance();
        long constructed = System.nanoTime();
        if (prime) {
            runPriming(handler);
        }
        long primed = System.nanoTime();
        SQSEvent event;
        try (InputStream json = Files.newInputStream(Path.of(arguments.get(1)))) {
            event = LambdaEventSerializers.serializerFor(SQSEvent.class, loader).fromJson(json);
        }
        SQSBatchResponse response = handler.handleRequest(event, LambdaFixtures.context(Duration.ofSeconds(30)));
        long invoked = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(SQSBatchResponse.class, loader).toJson(response, out);
        // Milliseconds to construct the handler, then to deserialise the event and run the first
        // invocation; the benchmark reads them, the test ignores them.
        System.out.printf("%ntimings %.1f %.1f%n", (constructed - start) / 1e6, (invoked - primed) / 1e6);
        System.out.println(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * Calls {@code beforeCheckpoint} on the CRaC resources the handler holds, which is where the
     * functions keep their priming (CRaC itself holds resources only weakly).
     */
    private static void runPriming(Object handler) throws Exception {
        int resources = 0;
        for (Field field : handler.getClass().getDeclaredFields()) {
            if (Resource.class.isAssignableFrom(field.getType())) {
                field.setAccessible(true);
                ((Resource) field.get(handler)).beforeCheckpoint(null);
                resources++;
            }
        }
        if (resources == 0) {
            throw new IllegalStateException(handler.getClass().getName() + " holds no priming to run");
        }
    }
}
