package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ACR's token server: {@code POST /oauth2/exchange} (an Entra access token for a refresh token),
 * {@code POST /oauth2/token} (a refresh token, or a user name and password, for an access token of the asked scopes)
 * and {@code GET /oauth2/token} with HTTP Basic (what Docker clients and skopeo do). An access token grants the asked
 * actions the principal may have and silently leaves out the others, as Docker's token specification says.
 */
final class TokenServer {

    private final AcrTokens tokens;
    private final Authority authority;

    TokenServer(AcrTokens tokens, Authority authority) {
        this.tokens = tokens;
        this.authority = authority;
    }

    DataResponse exchange(RegistryContents registry, DataRequest r) {
        Map<String, List<String>> form = r.form();
        String grantType = first(form, "grant_type");
        checkService(registry, first(form, "service"));
        if (!"access_token".equals(grantType)) {
            throw new AcrError(400, "UNSUPPORTED", "grant_type '" + grantType + "' is not supported; use access_token");
        }
        String aad = first(form, "access_token");
        String principal = aad == null ? null : authority.entra(registry.registryName, aad).orElse(null);
        if (principal == null) {
            throw new AcrError(401, "UNAUTHORIZED", "the access token is not valid, or its principal has no access to "
                    + "registry " + registry.loginServer);
        }
        ObjectNode body = Json.object().put("refresh_token",
                tokens.refreshToken(registry.loginServer, principal, Permissions.all(), AcrTokens.REFRESH));
        return DataPlane.json(200, body, Map.of());
    }

    DataResponse token(RegistryContents registry, DataRequest r) {
        Map<String, List<String>> form = r.form();
        checkService(registry, first(form, "service"));
        String grantType = first(form, "grant_type");
        String subject;
        Permissions permissions;
        if ("refresh_token".equals(grantType)) {
            var claims = tokens.verify(first(form, "refresh_token"), registry.loginServer, "refresh_token")
                    .orElseThrow(() -> new AcrError(401, "UNAUTHORIZED", "the refresh token is not valid or has expired"));
            subject = claims.path("sub").asText();
            permissions = AcrTokens.grantable(claims);
        } else if ("password".equals(grantType)) {
            subject = first(form, "username");
            permissions = authority.password(registry.registryName, subject, first(form, "password")).orElseThrow(TokenServer::wrongPassword);
        } else {
            throw new AcrError(400, "UNSUPPORTED", "grant_type '" + grantType + "' is not supported; use refresh_token or password");
        }
        String token = tokens.accessToken(registry.loginServer, subject, permissions, grant(permissions, form.get("scope")));
        return DataPlane.json(200, Json.object().put("access_token", token), Map.of());
    }

    /** Docker's flow: {@code GET /oauth2/token?service=..&scope=..} with the user name and password as HTTP Basic. */
    DataResponse tokenByLogin(RegistryContents registry, DataRequest r) {
        checkService(registry, r.param("service"));
        String authorization = r.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new AcrError(401, "UNAUTHORIZED", "authentication required, visit https://aka.ms/acr/authorization for more information.",
                    null, Map.of("WWW-Authenticate", "Basic realm=\"Azure Container Registry\""));
        }
        DataPlane.Context c = new DataPlane.Context(registry, null, r);
        Permissions permissions = new Access(tokens, authority).basic(c, authorization.substring(6).trim())
                .orElseThrow(TokenServer::wrongPassword);
        String token = tokens.accessToken(registry.loginServer, "basic", permissions, grant(permissions, r.params("scope")));
        return DataPlane.json(200, Json.object().put("token", token).put("access_token", token), Map.of());
    }

    /** The asked scopes (one per parameter, or several separated by spaces), each cut down to what is permitted. */
    static List<AcrTokens.Access> grant(Permissions permissions, List<String> scopes) {
        Map<String, Set<String>> granted = new LinkedHashMap<>();
        for (String param : scopes == null ? List.<String>of() : scopes) {
            for (String scope : param.trim().split("\\s+")) {
                int first = scope.indexOf(':');
                int last = scope.lastIndexOf(':');
                if (first < 0 || last <= first) {
                    continue;
                }
                String type = scope.substring(0, first);
                String name = scope.substring(first + 1, last);
                Set<String> wanted = new LinkedHashSet<>(List.of(scope.substring(last + 1).split(",")));
                if (type.equals("registry") && name.equals("catalog")) {
                    if (permissions.catalog()) {
                        granted.computeIfAbsent("registry:catalog", k -> new LinkedHashSet<>()).add("*");
                    }
                } else if (type.equals("repository")) {
                    if (wanted.remove("*")) {
                        wanted.addAll(Permissions.ACTIONS);
                    }
                    Set<String> ok = new LinkedHashSet<>(Permissions.ACTIONS);
                    ok.retainAll(permissions.granted(name, wanted));
                    if (!ok.isEmpty()) {
                        granted.computeIfAbsent("repository:" + name, k -> new LinkedHashSet<>()).addAll(ok);
                    }
                }
            }
        }
        List<AcrTokens.Access> out = new ArrayList<>();
        granted.forEach((k, actions) -> {
            int colon = k.indexOf(':');
            out.add(new AcrTokens.Access(k.substring(0, colon), k.substring(colon + 1), List.copyOf(actions)));
        });
        return out;
    }

    private static void checkService(RegistryContents registry, String service) {
        if (service != null && !service.equalsIgnoreCase(registry.loginServer)) {
            throw new AcrError(400, "UNSUPPORTED", "the service '" + service + "' is not this registry ("
                    + registry.loginServer + ")");
        }
    }

    private static AcrError wrongPassword() {
        return new AcrError(401, "UNAUTHORIZED", "authentication required, visit https://aka.ms/acr/authorization for more information.");
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }
}
