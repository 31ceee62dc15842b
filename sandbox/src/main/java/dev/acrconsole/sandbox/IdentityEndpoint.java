package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OAuth 2.0 endpoints MSAL calls, on the sandbox's identity host: {@code /{tenant}/oauth2/v2.0/token} (client
 * credentials with a secret or a certificate assertion, device code, refresh token, authorization code with PKCE),
 * {@code /devicecode}, {@code /authorize} (signs the configured browser user in at once) and a device login page.
 * Errors use Entra ID's body: {@code {"error", "error_description", "error_codes"}}.
 */
final class IdentityEndpoint implements HttpHandler {
    private static final Pattern PATH = Pattern.compile("^/([^/]+)/oauth2/v2\\.0/(token|devicecode|authorize)$");
    private static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final long LIFETIME_SECONDS = 3600;

    private final SandboxIdentity identity;
    private final SandboxData data;
    private final URI baseUrl;

    IdentityEndpoint(SandboxIdentity identity, SandboxData data, URI baseUrl) {
        this.identity = identity;
        this.data = data;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> form = form(exchange);
            try {
                if (path.equals("/devicelogin")) {
                    deviceLogin(exchange, form);
                    return;
                }
                Matcher m = PATH.matcher(path);
                if (!m.matches()) {
                    throw new OAuthError(404, "invalid_request", 90002, "No such endpoint: " + path);
                }
                String tenant = m.group(1);
                switch (m.group(2)) {
                    case "token" -> json(exchange, 200, token(tenant, form));
                    case "devicecode" -> json(exchange, 200, deviceCode(tenant, form));
                    default -> authorize(exchange, tenant, form);
                }
            } catch (OAuthError e) {
                json(exchange, e.status, e.body());
            }
        }
    }

    private ObjectNode token(String tenant, Map<String, String> form) {
        String grant = form.getOrDefault("grant_type", "");
        return switch (grant) {
            case "client_credentials" -> clientCredentials(tenant, form);
            case DEVICE_CODE_GRANT, "device_code" -> redeemDeviceCode(tenant, form); // MSAL for Java sends the short form
            case "refresh_token" -> refresh(tenant, form);
            case "authorization_code" -> redeemAuthorizationCode(tenant, form);
            default -> throw new OAuthError(400, "unsupported_grant_type", 70003, "The grant type '" + grant + "' is not supported.");
        };
    }

    private ObjectNode clientCredentials(String tenant, Map<String, String> form) {
        SandboxIdentity.App app = identity.app(form.get("client_id")).orElseThrow(() -> new OAuthError(400,
                "unauthorized_client", 700016, "Application with identifier '" + form.get("client_id") + "' was not found in the directory."));
        if (app.secret() != null) {
            if (!app.secret().equals(form.get("client_secret"))) {
                throw new OAuthError(401, "invalid_client", 7000215, "Invalid client secret provided.");
            }
        } else if (!JWT_BEARER.equals(form.get("client_assertion_type")) || !ClientAssertion.verify(form.get("client_assertion"), app)) {
            throw new OAuthError(401, "invalid_client", 700027, "Client assertion failed signature validation.");
        }
        String tenantId = resolveTenant(tenant, app.principal());
        ObjectNode body = tokenBody(form, identity.issueToken(app.principal(), tenantId));
        return body;
    }

    private ObjectNode deviceCode(String tenant, Map<String, String> form) {
        SandboxIdentity.DeviceCode code = identity.newDeviceCode(tenant, form.get("client_id"));
        String url = baseUrl.resolve("devicelogin").toString();
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        body.put("user_code", code.userCode());
        body.put("device_code", code.deviceCode());
        body.put("verification_uri", url);
        body.put("expires_in", 900);
        body.put("interval", 1);
        body.put("message", "To sign in, use a web browser to open the page " + url + " and enter the code "
                + code.userCode() + " to authenticate.");
        return body;
    }

    private ObjectNode redeemDeviceCode(String tenant, Map<String, String> form) {
        SandboxIdentity.DeviceCode code = identity.deviceCode(form.get("device_code")).orElseThrow(() -> new OAuthError(400,
                "expired_token", 70020, "The provided value for the input parameter 'device_code' is not valid."));
        if (code.user() == null) {
            throw new OAuthError(400, "authorization_pending", 70016, "OAuth 2.0 device flow error. Authorization is pending.");
        }
        identity.redeemed(code);
        return userTokens(tenant, code.user(), form, code.clientId());
    }

    private ObjectNode refresh(String tenant, Map<String, String> form) {
        SandboxPrincipal user = identity.refreshToken(form.get("refresh_token")).orElseThrow(() -> new OAuthError(400,
                "invalid_grant", 9002313, "Invalid request. The refresh token is malformed or not valid."));
        return userTokens(tenant, user, form, form.get("client_id"));
    }

    private void authorize(HttpExchange exchange, String tenant, Map<String, String> query) throws IOException {
        SandboxPrincipal user = identity.browserUser();
        if (user == null) {
            throw new OAuthError(400, "access_denied", 50058, "No sandbox user is signed in to the browser.");
        }
        String code = identity.newAuthorizationCode(user, query.get("code_challenge"), query.get("client_id"));
        Map<String, String> answer = new java.util.LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", query.getOrDefault("state", ""));
        answer.put("session_state", UUID.randomUUID().toString());
        String redirect = query.get("redirect_uri");
        if ("form_post".equals(query.get("response_mode"))) {
            // As Entra ID does: a page whose form posts the code to the redirect URI (MSAL asks for this).
            StringBuilder html = new StringBuilder("<html><body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"")
                    .append(redirect).append("\">");
            answer.forEach((k, v) -> html.append("<input type=\"hidden\" name=\"").append(k).append("\" value=\"").append(v).append("\"/>"));
            byte[] bytes = html.append("</form></body></html>").toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            return;
        }
        StringBuilder location = new StringBuilder(redirect);
        answer.forEach((k, v) -> location.append(location.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(enc(v)));
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.sendResponseHeaders(302, -1);
    }

    private ObjectNode redeemAuthorizationCode(String tenant, Map<String, String> form) {
        SandboxIdentity.AuthorizationCode code = identity.redeemAuthorizationCode(form.get("code")).orElseThrow(() -> new OAuthError(400,
                "invalid_grant", 70008, "The provided authorization code is not valid."));
        if (code.challenge() != null && !code.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            throw new OAuthError(400, "invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
        }
        return userTokens(tenant, code.user(), form, code.clientId());
    }

    /** A user's tokens for {@code tenant}: what MSAL needs to remember the account (id token, client info). */
    private ObjectNode userTokens(String tenant, SandboxPrincipal user, Map<String, String> form, String clientId) {
        String tenantId = resolveTenant(tenant, user);
        if (user.mfaTenantIds().stream().anyMatch(t -> t.equalsIgnoreCase(tenantId)) && "refresh_token".equals(form.get("grant_type"))) {
            // Entra ID answers invalid_grant with the suberror basic_action; MSAL turns that into "interaction required".
            throw new OAuthError(400, "invalid_grant", 50076, "Due to a configuration change made by your administrator, "
                    + "or because you moved to a new location, you must use multi-factor authentication to access '" + tenantId + "'.")
                    .suberror("basic_action");
        }
        ObjectNode body = tokenBody(form, identity.issueToken(user, tenantId));
        body.put("refresh_token", identity.issueRefreshToken(user));
        body.put("id_token", IdTokens.idToken(user, tenantId, clientId, baseUrl));
        body.put("client_info", IdTokens.clientInfo(user));
        return body;
    }

    private ObjectNode tokenBody(Map<String, String> form, String accessToken) {
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        body.put("token_type", "Bearer");
        body.put("scope", form.getOrDefault("scope", ""));
        body.put("expires_in", LIFETIME_SECONDS);
        body.put("ext_expires_in", LIFETIME_SECONDS);
        body.put("access_token", accessToken);
        return body;
    }

    /** "organizations"/"common" mean the principal's home tenant; a tenant id must be one it belongs to. */
    private String resolveTenant(String tenant, SandboxPrincipal principal) {
        if (tenant.equalsIgnoreCase("organizations") || tenant.equalsIgnoreCase("common")) {
            return principal.homeTenantId();
        }
        Access access = new Access(principal, tenant);
        Optional<SandboxData.Tenant> member = access.tenants(data).stream()
                .filter(t -> t.tenantId().equalsIgnoreCase(tenant)).findFirst();
        if (member.isEmpty()) {
            throw new OAuthError(400, "invalid_grant", 50020, "User account '" + principal.name()
                    + "' does not exist in tenant '" + tenant + "'.");
        }
        return member.get().tenantId();
    }

    private void deviceLogin(HttpExchange exchange, Map<String, String> query) throws IOException {
        String code = query.get("code");
        String user = query.get("user");
        String text;
        if (code == null || user == null) {
            text = "Sandbox device login: open /devicelogin?code=CODE&user=USER to approve a device code.";
        } else {
            try {
                identity.approveDeviceCode(code, user);
                text = "Signed in as " + user + ". You can close this page.";
            } catch (IllegalArgumentException e) {
                text = "Not approved: " + e.getMessage();
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = ArmJson.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The query (GET) or the form body (POST), decoded. */
    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestMethod().equalsIgnoreCase("POST")
                ? new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                : exchange.getRequestURI().getRawQuery();
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(name.toLowerCase(Locale.ROOT), eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An error answer in Entra ID's shape. */
    private static final class OAuthError extends RuntimeException {
        private final int status;
        private final String error;
        private final int code;
        private String suberror;

        OAuthError(int status, String error, int code, String description) {
            super("AADSTS" + code + ": " + description, null, false, false);
            this.status = status;
            this.error = error;
            this.code = code;
        }

        OAuthError suberror(String s) {
            suberror = s;
            return this;
        }

        ObjectNode body() {
            ObjectNode body = ArmJson.MAPPER.createObjectNode();
            body.put("error", error);
            if (suberror != null) {
                body.put("suberror", suberror);
            }
            body.put("error_description", getMessage());
            body.putArray("error_codes").add(code);
            body.put("timestamp", Instant.now().toString());
            body.put("trace_id", UUID.randomUUID().toString());
            body.put("correlation_id", UUID.randomUUID().toString());
            return body;
        }
    }

    /** Checks an RS256 client assertion against the app's registered certificate. */
    private static final class ClientAssertion {
        static boolean verify(String jwt, SandboxIdentity.App app) {
            if (jwt == null || app.certificate() == null) {
                return false;
            }
            String[] parts = jwt.split("\\.");
            if (parts.length != 3) {
                return false;
            }
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initVerify(app.certificate().getPublicKey());
                rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
                if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                    return false;
                }
                JsonNode claims = ArmJson.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
                return app.clientId().equals(claims.path("iss").asText())
                        && claims.path("exp").asLong() > Instant.now().getEpochSecond();
            } catch (Exception e) {
                return false;
            }
        }
    }
}
