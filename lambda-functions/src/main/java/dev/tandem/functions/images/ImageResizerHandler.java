package dev.tandem.functions.images;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.tandem.events.EventCodec;
import dev.tandem.functions.platform.EventBusPublisher;
import dev.tandem.functions.platform.FunctionEnvironment;
import dev.tandem.functions.platform.SdkClients;
import dev.tandem.functions.platform.SnapStartPriming;
import dev.tandem.functions.platform.SqsBatch;
import java.time.Clock;
import software.amazon.awssdk.core.warmup.SdkWarmUp;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The image-resizer function: an SQS batch of S3 {@code Object Created} events (delivered by an
 * EventBridge rule) in, renditions in S3 and {@code ImageProcessed} or {@code ImageRejected} on the
 * bus out. Handler string: {@code dev.tandem.functions.images.ImageResizerHandler::handleRequest}.
 *
 * <p>Environment: {@code BUCKET_NAME} (where renditions are written), {@code EVENT_BUS_NAME}, and
 * the SDK's own {@code AWS_REGION} and optional {@code AWS_ENDPOINT_URL}.
 */
public final class ImageResizerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final SqsBatch batch = new SqsBatch("image-resizer");
    private final EventCodec codec;
    private final ImageResizer resizer;
    // Held so that CRaC, which keeps its resources only weakly, still has it at the snapshot.
    private final SnapStartPriming priming;

    /** Builds the SDK clients once per execution environment, outside any invocation. */
    public ImageResizerHandler() {
        this(
                SdkClients.configure(S3Client.builder()).build(),
                SdkClients.configure(EventBridgeClient.builder()).build(),
                FunctionEnvironment.require("BUCKET_NAME"),
                FunctionEnvironment.require("EVENT_BUS_NAME"));
    }

    ImageResizerHandler(S3Client s3, EventBridgeClient eventBridge, String bucket, String busName) {
        this.codec = new EventCodec();
        RenditionPipeline pipeline = new RenditionPipeline(ImageLimits.DEFAULT);
        this.resizer = new ImageResizer(
                s3,
                bucket,
                new EventBusPublisher(eventBridge, busName, codec),
                pipeline,
                ImageLimits.DEFAULT,
                Clock.systemUTC());
        this.priming = SnapStartPriming.register(() -> {
            SdkWarmUp.warmUp(S3Client.class, EventBridgeClient.class);
            ImagePriming.prime(pipeline);
        });
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return batch.process(
                event, context, message -> resizer.process(ObjectCreated.from(codec.readEnvelope(message.getBody()))));
    }
}
