package dev.acrconsole.app.arm;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import java.net.URI;

/**
 * Plain ARM requests: a method, an ARM path (or a full URL ARM handed out, such as an operation's status URL) and a
 * JSON body, sent through the SDK's pipeline. Used where the SDK's typed clients do not fit: following operations
 * across restarts, and providers with no Java SDK here.
 */
public final class ArmHttp {
    private final HttpPipeline pipeline;
    private final URI base;

    ArmHttp(HttpPipeline pipeline, URI base) {
        this.pipeline = pipeline;
        this.base = base;
    }

    /** Sends and reads the whole answer; throws only for transport failures (ARM's errors are answers too). */
    public ArmResponse send(String method, String pathOrUrl, String jsonBody) {
        HttpRequest request = new HttpRequest(HttpMethod.valueOf(method), url(pathOrUrl));
        if (jsonBody != null) {
            request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json");
            request.setBody(jsonBody);
        } else if (!method.equals("GET") && !method.equals("DELETE")) {
            request.setHeader(HttpHeaderName.CONTENT_LENGTH, "0");
        }
        try (HttpResponse response = pipeline.sendSync(request, Context.NONE)) {
            String body = response.getBodyAsBinaryData() == null ? null : response.getBodyAsBinaryData().toString();
            return new ArmResponse(response.getStatusCode(), body == null || body.isEmpty() ? null : body,
                    onEndpoint(response.getHeaderValue(HttpHeaderName.fromString("Azure-AsyncOperation"))),
                    onEndpoint(response.getHeaderValue(HttpHeaderName.LOCATION)),
                    response.getHeaderValue(HttpHeaderName.RETRY_AFTER));
        }
    }

    public ArmResponse get(String pathOrUrl) {
        return send("GET", pathOrUrl, null);
    }

    /**
     * A URL ARM handed out on the session's own endpoint, as a path: the journal keeps it so, and it is resolved against
     * the endpoint of the day (the sandbox listens on another port after each start). Any other URL as given.
     */
    String onEndpoint(String url) {
        String b = base.toString();
        String prefix = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        return url != null && url.regionMatches(true, 0, prefix, 0, prefix.length()) && url.startsWith("/", prefix.length())
                ? url.substring(prefix.length()) : url;
    }

    /** An ARM path is resolved against the session's endpoint; ARM's own URLs are used as given. */
    String url(String pathOrUrl) {
        if (pathOrUrl.startsWith("https://") || pathOrUrl.startsWith("http://")) {
            return pathOrUrl;
        }
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
    }
}
