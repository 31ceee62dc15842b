package dev.acrconsole.app.accounts;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** MSAL's sign-in requests through the app's one HTTP client, so they take the same proxy and trust as ARM. */
final class MsalHttpClient implements IHttpClient {
    private final HttpClient http;

    MsalHttpClient(HttpClient http) {
        this.http = http;
    }

    @Override
    public IHttpResponse send(com.microsoft.aad.msal4j.HttpRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (request.headers() != null) {
            request.headers().forEach((k, v) -> headers.set(HttpHeaderName.fromString(k), v));
        }
        HttpRequest out = new HttpRequest(HttpMethod.valueOf(request.httpMethod().methodName), request.url(), headers);
        if (request.body() != null) {
            out.setBody(request.body());
        }
        try (HttpResponse response = http.sendSync(out, Context.NONE)) {
            Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
            response.getHeaders().forEach(h -> responseHeaders.put(h.getName(), h.getValuesList()));
            String body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
            return new Response(response.getStatusCode(), responseHeaders, body);
        }
    }

    private record Response(int statusCode, Map<String, List<String>> headers, String body) implements IHttpResponse {}
}
