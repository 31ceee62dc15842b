package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry's data plane, as {@code <registry>.azurecr.io} answers: the Docker/OCI distribution API under
 * {@code /v2/}, ACR's metadata API under {@code /acr/v1/} and the token server under {@code /oauth2/}. Repository
 * names hold slashes, so paths are matched from their fixed ends ({@code /manifests/<ref>}, {@code /_tags}, ...).
 * Every call is checked against the access its token grants ({@link Access}).
 */
public final class DataPlane {

    static final String API_VERSION_HEADER = "Docker-Distribution-Api-Version";
    private static final Pattern V2_ITEM = Pattern.compile("/v2/(.+)/(manifests|blobs|referrers)/([^/]+)");
    private static final Pattern V2_TAGS = Pattern.compile("/v2/(.+)/tags/list");
    private static final Pattern ACR_ITEM = Pattern.compile("/acr/v1/(.+)/(_tags|_manifests)/([^/]+)");
    private static final Pattern ACR_LIST = Pattern.compile("/acr/v1/(.+)/(_tags|_manifests)");
    private static final Pattern ACR_REPOSITORY = Pattern.compile("/acr/v1/(.+)");

    private final Contents contents;
    private final AcrTokens tokens;
    private final Access access;
    private final TokenServer tokenServer;

    public DataPlane(Contents contents, Authority authority, Clock clock) {
        this.contents = contents;
        this.tokens = new AcrTokens(clock);
        this.access = new Access(tokens, authority);
        this.tokenServer = new TokenServer(tokens, authority);
    }

    public Contents contents() {
        return contents;
    }

    /**
     * A refresh token for the registry's full access, to use as the password of the user
     * {@code 00000000-0000-0000-0000-000000000000} (what {@code az acr login --expose-token} hands out); it lasts
     * {@code ttl}. For a sandbox started alone to print, so outside clients can sign in.
     */
    public String loginToken(String loginServer, Duration ttl) {
        return tokens.refreshToken(loginServer, "sandbox-login", Permissions.all(), ttl);
    }

    /** Answers one request to the registry whose login server is {@code loginServer}, served at {@code base}. */
    public DataResponse handle(String loginServer, URI base, DataRequest request) {
        try {
            RegistryContents registry = contents.registry(loginServer);
            if (registry == null) {
                throw new AcrError(404, "NAME_UNKNOWN", "the registry " + loginServer + " is not served here");
            }
            return withApiVersion(route(registry, base, request));
        } catch (AcrError e) {
            return withApiVersion(error(e));
        }
    }

    private DataResponse route(RegistryContents registry, URI base, DataRequest r) {
        String path = r.path().length() > 1 && r.path().endsWith("/") ? r.path().substring(0, r.path().length() - 1) : r.path();
        String m = r.method();
        Context c = new Context(registry, base, r);
        if (path.equals("/oauth2/exchange")) {
            return only(m, "POST", () -> tokenServer.exchange(registry, r));
        }
        if (path.equals("/oauth2/token")) {
            return m.equals("GET") ? tokenServer.tokenByLogin(registry, r)
                    : only(m, "POST", () -> tokenServer.token(registry, r));
        }
        synchronized (contents) { // one request at a time sees and changes the contents: lists stay consistent
            if (path.equals("/v2")) {
                access.check(c, null);
                return DataResponse.of(200, "application/json; charset=utf-8", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
            }
            Distribution v2 = new Distribution(contents, access);
            Metadata acr = new Metadata(contents, access);
            if (path.equals("/v2/_catalog")) {
                return only(m, "GET", () -> v2.catalog(c, "/v2/_catalog"));
            }
            if (path.equals("/acr/v1/_catalog")) {
                return only(m, "GET", () -> v2.catalog(c, "/acr/v1/_catalog"));
            }
            Matcher x;
            if ((x = V2_TAGS.matcher(path)).matches()) {
                String name = x.group(1);
                return only(m, "GET", () -> v2.tagList(c, name));
            }
            if ((x = V2_ITEM.matcher(path)).matches()) {
                String name = x.group(1);
                String ref = x.group(3);
                return switch (x.group(2)) {
                    case "manifests" -> switch (m) {
                        case "GET", "HEAD" -> v2.manifest(c, name, ref);
                        case "DELETE" -> v2.deleteManifest(c, name, ref);
                        case "PUT" -> throw AcrError.unsupported("the sandbox takes no pushes: its contents are its sample's");
                        default -> throw notAllowed();
                    };
                    case "blobs" -> switch (m) {
                        case "GET", "HEAD" -> v2.blob(c, name, ref);
                        default -> throw notAllowed();
                    };
                    default -> only(m, "GET", () -> v2.referrers(c, name, ref));
                };
            }
            if ((x = ACR_ITEM.matcher(path)).matches()) {
                String name = x.group(1);
                String ref = x.group(3);
                boolean tags = x.group(2).equals("_tags");
                return switch (m) {
                    case "GET" -> tags ? acr.tag(c, name, ref) : acr.manifest(c, name, ref);
                    case "PATCH" -> tags ? acr.patchTag(c, name, ref) : acr.patchManifest(c, name, ref);
                    case "DELETE" -> {
                        if (!tags) {
                            throw notAllowed();
                        }
                        yield acr.deleteTag(c, name, ref);
                    }
                    default -> throw notAllowed();
                };
            }
            if ((x = ACR_LIST.matcher(path)).matches()) {
                String name = x.group(1);
                boolean tags = x.group(2).equals("_tags");
                return only(m, "GET", () -> tags ? acr.tags(c, name) : acr.manifests(c, name));
            }
            if ((x = ACR_REPOSITORY.matcher(path)).matches()) {
                String name = x.group(1);
                return switch (m) {
                    case "GET" -> acr.repository(c, name);
                    case "PATCH" -> acr.patchRepository(c, name);
                    case "DELETE" -> acr.deleteRepository(c, name);
                    default -> throw notAllowed();
                };
            }
        }
        throw new AcrError(404, "UNSUPPORTED", "the sandbox's data plane does not serve " + r.method() + " " + r.path());
    }

    /** What a handler needs of its request: the registry, where it is served, the request. */
    record Context(RegistryContents registry, URI base, DataRequest request) {
        String loginServer() {
            return registry.loginServer;
        }
    }

    private interface Answer {
        DataResponse get();
    }

    private static DataResponse only(String method, String allowed, Answer answer) {
        if (!method.equals(allowed)) {
            throw notAllowed();
        }
        return answer.get();
    }

    private static AcrError notAllowed() {
        return new AcrError(405, "UNSUPPORTED", "The operation is unsupported.");
    }

    static DataResponse json(int status, ObjectNode body, Map<String, String> headers) {
        return DataResponse.of(status, "application/json; charset=utf-8", Json.bytes(body), headers);
    }

    private static DataResponse error(AcrError e) {
        ObjectNode body = Json.object();
        ArrayNode errors = body.putArray("errors");
        ObjectNode one = errors.addObject().put("code", e.code()).put("message", e.getMessage());
        if (e.detail() != null) {
            one.set("detail", e.detail());
        }
        return json(e.status(), body, e.headers());
    }

    private static DataResponse withApiVersion(DataResponse r) {
        Map<String, String> h = new LinkedHashMap<>(r.headers());
        h.put(API_VERSION_HEADER, "registry/2.0");
        return new DataResponse(r.status(), h, r.body());
    }
}
