package dev.tandem.localcloud.edge.pipeline;

import dev.tandem.localcloud.edge.errors.ErrorShapes;
import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.edge.sigv4.SigV4Verifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Routes each request that reaches the edge: paths under {@code /_tandem/} to the control handler registered for
 * them, every other request by its credential scope's service to the emulator that answers it, through the {@link
 * CallPipeline}. An unsigned request goes to S3. A browser's CORS preflight ({@code OPTIONS}, signed URL or not)
 * passes straight on, for S3's CORS rules to answer; any other unsigned request is refused, as S3 refuses an
 * anonymous request to a bucket that is not public.
 */
public final class EdgeRouter extends Handler.Wrapper {

    /** Where local-cloud's own control APIs answer, unsigned. */
    public static final String CONTROL_PREFIX = "/_tandem/";

    private final Map<String, URI> routes = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<String, Handler> controls = new ConcurrentSkipListMap<>();
    private final TransparentProxy proxy;
    private final CallPipeline pipeline;

    public EdgeRouter(TransparentProxy proxy, CallPipeline pipeline) {
        super(proxy);
        this.proxy = proxy;
        this.pipeline = pipeline;
    }

    /** Sends the calls whose credential scope names {@code service} to {@code target}. */
    public void route(String service, URI target) {
        routes.put(service, target);
    }

    /** Lets {@code handler} answer the paths under {@code pathPrefix}, one under {@link #CONTROL_PREFIX}. */
    public void control(String pathPrefix, Handler handler) {
        handler.setServer(getServer());
        addBean(handler, true);
        controls.put(pathPrefix, handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (path != null && path.startsWith(CONTROL_PREFIX)) {
            return control(path)
                    .map(handler -> handle(handler, request, response, callback))
                    .orElse(false);
        }
        String service = SigV4Verifier.scopeService(
                        Optional.ofNullable(request.getHeaders().get("Authorization")),
                        Optional.ofNullable(
                                Request.extractQueryParameters(request).getValue("X-Amz-Credential")))
                .orElse("s3");
        byte[] body = Request.asInputStream(request).readAllBytes();
        AwsRequest call = awsRequest(service, request, body);
        URI target = routes.get(service);
        if (target == null) {
            CallPipeline.send(
                    ErrorShapes.write(
                            service, call, 503, "ServiceUnavailable", "local-cloud has no " + service + " here"),
                    response,
                    callback);
            return true;
        }
        // A browser's CORS preflight carries no signature of its own, even for a presigned URL: S3 answers it by
        // the bucket's CORS rules alone (https://docs.aws.amazon.com/AmazonS3/latest/API/RESTOPTIONSobject.html).
        if (service.equals("s3") && request.getMethod().equals("OPTIONS")) {
            proxy.forward(request, body, target, response, callback);
        } else {
            pipeline.process(call, target, request, response, callback);
        }
        return true;
    }

    /** The handler of the longest registered prefix that {@code path} starts with. */
    private Optional<Handler> control(String path) {
        for (Map.Entry<String, Handler> control : controls.descendingMap().entrySet()) {
            if (path.startsWith(control.getKey())) {
                return Optional.of(control.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean handle(Handler handler, Request request, Response response, Callback callback) {
        try {
            return handler.handle(request, response, callback);
        } catch (Exception e) {
            callback.failed(e);
            return true;
        }
    }

    private static AwsRequest awsRequest(String service, Request request, byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>())
                    .add(field.getValue());
        }
        String query = request.getHttpURI().getQuery();
        return new AwsRequest(
                service,
                request.getMethod(),
                request.getHttpURI().getPath(),
                query == null ? "" : query,
                headers,
                body);
    }
}
