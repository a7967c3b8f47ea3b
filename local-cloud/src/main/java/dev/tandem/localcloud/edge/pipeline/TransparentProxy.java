package dev.tandem.localcloud.edge.pipeline;

import java.net.URI;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Passes a request on to the service that answers it, unchanged: the service (S3Proxy above all) sees what the
 * client signed. So it keeps the client's {@code Host}, adds no {@code Via} or {@code Forwarded} headers and no
 * {@code User-Agent}, and sends the body the edge already read and checked. {@code Expect: 100-continue} is not
 * passed on: the edge has read the body already, and SigV4 never signs that header.
 */
public final class TransparentProxy extends ProxyHandler {

    private static final String TARGET = TransparentProxy.class.getName() + ".target";
    private static final String BODY = TransparentProxy.class.getName() + ".body";

    /** Forwards {@code request}, whose body was {@code body}, to the service at {@code target}. */
    void forward(Request request, byte[] body, URI target, Response response, Callback callback) throws Exception {
        request.setAttribute(TARGET, target);
        request.setAttribute(BODY, body);
        handle(withoutExpect(request), response, callback);
    }

    @Override
    protected HttpURI rewriteHttpURI(Request clientToProxy) {
        URI target = (URI) clientToProxy.getAttribute(TARGET);
        return HttpURI.build(clientToProxy.getHttpURI())
                .scheme(target.getScheme())
                .host(target.getHost())
                .port(target.getPort());
    }

    @Override
    protected org.eclipse.jetty.client.Request.Content newProxyToServerRequestContent(
            Request clientToProxy, Response proxyToClient, org.eclipse.jetty.client.Request proxyToServer) {
        // The client's own Content-Type header is passed on as it is; the content adds none.
        return new BytesRequestContent((byte[]) clientToProxy.getAttribute(BODY)) {
            @Override
            public String getContentType() {
                return null;
            }
        };
    }

    @Override
    protected void addProxyHeaders(Request clientToProxy, org.eclipse.jetty.client.Request proxyToServer) {
        // Deliberately none: the request should reach the service as the client signed it.
    }

    @Override
    protected void configureHttpClient(HttpClient httpClient) {
        super.configureHttpClient(httpClient);
        httpClient.setUserAgentField(null);
        httpClient.setDefaultRequestContentType(null);
    }

    private static Request withoutExpect(Request request) {
        if (!request.getHeaders().contains(HttpHeader.EXPECT)) {
            return request;
        }
        HttpFields headers =
                HttpFields.build(request.getHeaders()).remove(HttpHeader.EXPECT).asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        };
    }
}
