package dev.acrconsole.app.dataplane;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.Context;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Answers a registry's Bearer challenge the way ACR expects, for the SDK's typed calls and our plain ones alike (one
 * pipeline, ADR 0017):
 * <ul>
 *   <li>a signed-in account exchanges its Entra token for an ACR refresh token ({@code POST /oauth2/exchange}) and
 *   that for an access token per scope ({@code POST /oauth2/token}, grant_type=refresh_token);</li>
 *   <li>a registry login (a scope-map token or the admin user) asks {@code GET /oauth2/token} with Basic auth, as
 *   Docker clients do.</li>
 * </ul>
 * Tokens live in memory only, per scope, until a minute before they end. A request whose scope was learnt before
 * goes out with its token at once instead of being challenged again (the SDK's own policy takes a 401 on every
 * call). Tokens are sent only to the host that challenged: a realm on another host is not answered.
 */
final class AcrAuthPolicy implements HttpPipelinePolicy {
    private static final HttpHeaderName WWW_AUTHENTICATE = HttpHeaderName.fromString("WWW-Authenticate");
    private static final Duration EARLY = Duration.ofMinutes(1);
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Who asks: a signed-in account (its Entra credential and the scope ARM tokens are for) or a registry login. */
    sealed interface Identity {
        record Entra(TokenCredential credential, String scope) implements Identity {}

        record Login(RegistryLogin login) implements Identity {}
    }

    private record Token(String value, Instant expires) {}

    private final Identity identity;
    private final HttpPipeline tokenPipeline;
    private final Clock clock;
    private final Map<String, Token> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, String> scopeOfRequest = new ConcurrentHashMap<>();
    private final Map<String, Token> refreshTokens = new ConcurrentHashMap<>();

    /** {@code tokenPipeline}: the same HTTP client, without this policy (token requests are not challenged). */
    AcrAuthPolicy(Identity identity, HttpPipeline tokenPipeline, Clock clock) {
        this.identity = Objects.requireNonNull(identity);
        this.tokenPipeline = tokenPipeline;
        this.clock = clock;
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        HttpRequest request = context.getHttpRequest();
        authorizeFromCache(request);
        HttpResponse response = next.clone().processSync();
        AcrChallenge challenge = challengeOf(request, response);
        if (challenge == null) {
            return response;
        }
        response.close();
        authorize(request, challenge);
        return next.clone().processSync();
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        HttpRequest request = context.getHttpRequest();
        return Mono.fromRunnable(() -> authorizeFromCache(request)).then(Mono.defer(() -> next.clone().process())).flatMap(response -> {
            AcrChallenge challenge = challengeOf(request, response);
            if (challenge == null) {
                return Mono.just(response);
            }
            response.close();
            // Asking for a token blocks on the network: not on the caller's event loop.
            return Mono.fromRunnable(() -> authorize(request, challenge)).subscribeOn(Schedulers.boundedElastic())
                    .then(Mono.defer(() -> next.clone().process()));
        });
    }

    private void authorizeFromCache(HttpRequest request) {
        String scope = scopeOfRequest.get(requestKey(request));
        Token token = scope == null ? null : accessTokens.get(scope);
        if (token != null && clock.instant().isBefore(token.expires().minus(EARLY))) {
            request.setHeader(HttpHeaderName.AUTHORIZATION, "Bearer " + token.value());
        }
    }

    /** The 401's challenge when this policy should answer it: a Bearer realm on the host that was asked. */
    private static AcrChallenge challengeOf(HttpRequest request, HttpResponse response) {
        if (response.getStatusCode() != 401) {
            return null;
        }
        AcrChallenge challenge = AcrChallenge.parse(response.getHeaderValue(WWW_AUTHENTICATE));
        if (challenge == null) {
            return null;
        }
        URI realm = URI.create(challenge.realm());
        URI asked = URI.create(request.getUrl().toString());
        boolean sameHost = "https".equalsIgnoreCase(realm.getScheme()) && realm.getHost() != null
                && realm.getHost().equalsIgnoreCase(asked.getHost()) && realm.getPort() == asked.getPort();
        return sameHost ? challenge : null;
    }

    private void authorize(HttpRequest request, AcrChallenge challenge) {
        String scope = challenge.scope() == null ? "" : challenge.scope();
        Token token = accessTokens.get(scope);
        if (token == null || !clock.instant().isBefore(token.expires().minus(EARLY))) {
            token = switch (identity) {
                case Identity.Entra entra -> exchanged(entra, challenge);
                case Identity.Login login -> loggedIn(login.login(), challenge);
            };
            accessTokens.put(scope, token);
        }
        scopeOfRequest.put(requestKey(request), scope);
        request.setHeader(HttpHeaderName.AUTHORIZATION, "Bearer " + token.value());
    }

    /** Entra token -> ACR refresh token (kept per service) -> access token for the challenged scope. */
    private Token exchanged(Identity.Entra entra, AcrChallenge challenge) {
        String service = challenge.service() == null ? "" : challenge.service();
        Token refresh = refreshTokens.get(service);
        if (refresh == null || !clock.instant().isBefore(refresh.expires().minus(EARLY))) {
            String aad = entra.credential().getTokenSync(new TokenRequestContext().addScopes(entra.scope())).getToken();
            String answer = post(URI.create(challenge.realm()).resolve("/oauth2/exchange"),
                    form("grant_type", "access_token", "service", service, "access_token", aad));
            refresh = token(answer, "refresh_token", Duration.ofHours(3));
            refreshTokens.put(service, refresh);
        }
        String answer = post(URI.create(challenge.realm()).resolve("/oauth2/token"), form("grant_type", "refresh_token",
                "service", service, "scope", challenge.scope() == null ? "" : challenge.scope(), "refresh_token", refresh.value()));
        return token(answer, "access_token", Duration.ofMinutes(5));
    }

    /** A registry login: Docker's token request, Basic auth on the realm. */
    private Token loggedIn(RegistryLogin login, AcrChallenge challenge) {
        StringBuilder url = new StringBuilder(challenge.realm()).append(challenge.realm().contains("?") ? '&' : '?');
        url.append("service=").append(encode(challenge.service() == null ? "" : challenge.service()));
        if (challenge.scope() != null) {
            url.append("&scope=").append(encode(challenge.scope()));
        }
        HttpRequest request = new HttpRequest(HttpMethod.GET, url.toString());
        String basic = Base64.getEncoder().encodeToString((login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
        request.setHeader(HttpHeaderName.AUTHORIZATION, "Basic " + basic);
        String answer = send(request);
        JsonFields fields = new JsonFields(answer);
        String value = fields.text("access_token") != null ? fields.text("access_token") : fields.text("token");
        if (value == null) {
            throw new IllegalStateException("The registry's token answer had no token");
        }
        return new Token(value, JwtExpiry.of(value, clock.instant(), Duration.ofMinutes(5)));
    }

    private Token token(String answer, String field, Duration fallback) {
        String value = new JsonFields(answer).text(field);
        if (value == null) {
            throw new IllegalStateException("The registry's token answer had no " + field);
        }
        return new Token(value, JwtExpiry.of(value, clock.instant(), fallback));
    }

    private String post(URI url, String form) {
        HttpRequest request = new HttpRequest(HttpMethod.POST, url.toString());
        request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/x-www-form-urlencoded");
        request.setBody(form);
        return send(request);
    }

    /** The token answer's body; the registry's refusal as its own error (401 UNAUTHORIZED: wrong password...). */
    private String send(HttpRequest request) {
        try (HttpResponse response = tokenPipeline.sendSync(request, Context.NONE)) {
            String body = response.getBodyAsBinaryData() == null ? "" : response.getBodyAsBinaryData().toString();
            if (response.getStatusCode() / 100 != 2) {
                throw new AcrRequestException(new AcrResponse(response.getStatusCode(), body, null, null, null));
            }
            return body;
        }
    }

    /** What a request's scope is remembered by: its method's kind and the repository (or catalog) it is about. */
    static String requestKey(HttpRequest request) {
        String path = request.getUrl().getPath();
        boolean reads = request.getHttpMethod() == HttpMethod.GET || request.getHttpMethod() == HttpMethod.HEAD;
        return (reads ? "read " : request.getHttpMethod() + " ") + AcrPaths.repositoryOf(path);
    }

    private static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!s.isEmpty()) {
                s.append('&');
            }
            s.append(pairs[i]).append('=').append(encode(pairs[i + 1]));
        }
        return s.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A token answer's fields (JSON; the body is never logged: it holds the token). */
    private record JsonFields(com.fasterxml.jackson.databind.JsonNode node) {
        JsonFields(String body) {
            this(read(body));
        }

        private static com.fasterxml.jackson.databind.JsonNode read(String body) {
            try {
                return MAPPER.readTree(body == null ? "" : body);
            } catch (Exception e) {
                throw new IllegalStateException("The registry's token answer was not JSON");
            }
        }

        String text(String field) {
            com.fasterxml.jackson.databind.JsonNode v = node == null ? null : node.get(field);
            return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
        }
    }
}
