package dev.acrconsole.app.dataplane;

import com.azure.containers.containerregistry.ContainerRegistryClient;
import com.azure.containers.containerregistry.ContainerRegistryClientBuilder;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One registry's data plane for one identity: plain requests as ACR's JSON (every listing the cache keeps, and the
 * OCI calls the SDK lacks, such as referrers) and the SDK's typed client, both through one pipeline (same HTTP client,
 * proxy and trust as ARM, ACR's token exchange, retries). Blocks on the network: background only.
 */
public final class DataPlane {
    private static final HttpHeaderName LINK = HttpHeaderName.fromString("Link");
    private static final HttpHeaderName DOCKER_CONTENT_DIGEST = HttpHeaderName.fromString("Docker-Content-Digest");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    /** Items asked for per page; the registry may send fewer, and says where the next page starts. */
    public static final int PAGE_SIZE = 1000;

    private final String loginServer;
    private final URI base;
    private final HttpPipeline pipeline;
    private volatile ContainerRegistryClient client;

    DataPlane(String loginServer, URI base, HttpPipeline pipeline) {
        this.loginServer = loginServer;
        this.base = base;
        this.pipeline = pipeline;
    }

    public String loginServer() {
        return loginServer;
    }

    /** The SDK's typed client (deletes, lock flags), on this pipeline. */
    public ContainerRegistryClient client() {
        ContainerRegistryClient c = client;
        if (c == null) {
            c = new ContainerRegistryClientBuilder().endpoint(base.toString()).pipeline(pipeline).buildClient();
            client = c;
        }
        return c;
    }

    /** Sends and reads the whole answer; the registry's refusals are answers too. Transport failures throw. */
    public AcrResponse send(String method, String pathOrUrl, String jsonBody, String accept) {
        HttpRequest request = new HttpRequest(HttpMethod.valueOf(method), url(pathOrUrl));
        if (accept != null) {
            request.setHeader(HttpHeaderName.ACCEPT, accept);
        }
        if (jsonBody != null) {
            request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json");
            request.setBody(jsonBody);
        }
        try (HttpResponse response = pipeline.sendSync(request, Context.NONE)) {
            String body = response.getBodyAsBinaryData() == null ? null : response.getBodyAsBinaryData().toString();
            return new AcrResponse(response.getStatusCode(), body == null || body.isEmpty() ? null : body,
                    response.getHeaderValue(LINK), response.getHeaderValue(HttpHeaderName.CONTENT_TYPE),
                    response.getHeaderValue(DOCKER_CONTENT_DIGEST));
        } catch (AcrRequestException refused) {
            throw refused; // a token the registry would not give: its own words
        } catch (RuntimeException transport) {
            throw new AcrUnreachableException(loginServer, transport);
        }
    }

    /** A GET that must succeed, as JSON. */
    public JsonNode get(String pathOrUrl) {
        AcrResponse r = send("GET", pathOrUrl, null, "application/json");
        if (!r.ok()) {
            throw new AcrRequestException(r);
        }
        return r.json();
    }

    /**
     * Every item of a paged listing: the array {@code field} of each page ({@code "repositories"}, {@code "tags"},
     * {@code "manifests"}), following the registry's {@code Link: <...>; rel="next"} header. A page without that array
     * fails: it must not read as an empty listing.
     */
    public List<JsonNode> all(String firstPage, String field) {
        List<JsonNode> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String page = firstPage + (firstPage.contains("?") ? "&" : "?") + "n=" + PAGE_SIZE;
        while (page != null) {
            if (!seen.add(page)) {
                throw new IllegalStateException("The registry's next page leads back to a page already read: " + page);
            }
            AcrResponse r = send("GET", page, null, "application/json");
            if (!r.ok()) {
                throw new AcrRequestException(r);
            }
            JsonNode list = r.json().path(field);
            if (!list.isArray()) {
                throw new IllegalStateException("The registry sent a page without its list of " + field + ": " + page);
            }
            list.forEach(items::add);
            page = next(r.link());
        }
        return items;
    }

    static String next(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        return m.find() ? m.group(1) : null;
    }

    /** A path is resolved against the registry's host; a full URL is used only on that host (never sends tokens elsewhere). */
    String url(String pathOrUrl) {
        if (pathOrUrl.startsWith("https://") || pathOrUrl.startsWith("http://")) {
            URI u = URI.create(pathOrUrl);
            if (!base.getHost().equalsIgnoreCase(u.getHost()) || base.getPort() != u.getPort()) {
                throw new IllegalArgumentException("Not this registry's URL: " + u.getHost());
            }
            return pathOrUrl;
        }
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + (pathOrUrl.startsWith("/") ? "" : "/") + pathOrUrl;
    }
}
