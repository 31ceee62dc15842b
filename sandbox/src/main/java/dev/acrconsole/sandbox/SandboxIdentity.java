package dev.acrconsole.sandbox;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's Entra ID look-alike: registered apps (service principals) and users, and the tokens it issued.
 * A token it issued maps to a principal and a tenant, and ARM answers such a token with only what that principal
 * may see. Served over HTTPS by {@link IdentityEndpoint}; tests register principals at run time.
 */
public final class SandboxIdentity {
    /** An app registration: a client secret or a certificate, never both. */
    record App(String clientId, String secret, X509Certificate certificate, SandboxPrincipal principal) {}

    /** A device code waiting for its user; {@code user} is set once someone approved it. */
    record DeviceCode(String deviceCode, String userCode, String tenant, String clientId, SandboxPrincipal user) {}

    /** An authorization code from the browser flow, with its PKCE challenge. */
    record AuthorizationCode(SandboxPrincipal user, String challenge, String clientId) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, App> apps = new ConcurrentHashMap<>();
    private final Map<String, SandboxPrincipal> users = new ConcurrentHashMap<>();
    private final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, SandboxPrincipal> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, DeviceCode> deviceCodes = new ConcurrentHashMap<>();
    private final Map<String, AuthorizationCode> authorizationCodes = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final Map<String, AtomicInteger> issuedPerTenant = new ConcurrentHashMap<>();
    private volatile SandboxPrincipal browserUser;

    /** A service principal that signs in with a client secret, in its principal's home tenant. */
    public void registerApp(String clientId, String secret, SandboxPrincipal principal) {
        apps.put(key(clientId), new App(clientId, secret, null, principal));
    }

    /** A service principal that signs in with a certificate (a client assertion signed by its key). */
    public void registerApp(String clientId, X509Certificate certificate, SandboxPrincipal principal) {
        apps.put(key(clientId), new App(clientId, null, certificate, principal));
    }

    /** A user who can approve device codes and sign in through the browser flow. */
    public void registerUser(SandboxPrincipal user) {
        users.put(key(user.name()), user);
    }

    /** The user the browser flow signs in without asking (there is no login page to type into). */
    public void signInBrowserAs(String userName) {
        browserUser = user(userName);
    }

    /** Approves the pending device code {@code userCode} as {@code userName}, as the user would on the web page. */
    public void approveDeviceCode(String userCode, String userName) {
        SandboxPrincipal user = user(userName);
        DeviceCode code = deviceCodes.values().stream().filter(d -> d.userCode().equalsIgnoreCase(userCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pending device code " + userCode));
        deviceCodes.put(code.deviceCode(), new DeviceCode(code.deviceCode(), code.userCode(), code.tenant(), code.clientId(), user));
    }

    /** Issues an access token directly, as an external tool would hold one (e.g. what a fake {@code az} returns). */
    public String issueToken(SandboxPrincipal principal, String tenantId) {
        // Shaped like Entra ID's tokens (a JWT with tid and the principal's name), so tools that read those claims work.
        String token = IdTokens.accessToken(principal, tenantId, randomHex(16));
        accessTokens.put(token, new Access(principal, tenantId));
        issued.incrementAndGet();
        issuedPerTenant.computeIfAbsent(key(tenantId), t -> new AtomicInteger()).incrementAndGet();
        return token;
    }

    /** Access tokens issued so far. */
    public int tokensIssued() {
        return issued.get();
    }

    /** Access tokens issued so far for one tenant: zero means nobody signed in to it. */
    public int tokensIssued(String tenantId) {
        AtomicInteger n = issuedPerTenant.get(key(tenantId));
        return n == null ? 0 : n.get();
    }

    /** Every access and refresh token issued so far: what a test checks never reached the disk. */
    public java.util.Set<String> issuedTokens() {
        java.util.Set<String> all = new java.util.HashSet<>(accessTokens.keySet());
        all.addAll(refreshTokens.keySet());
        return all;
    }

    Access access(String bearerToken) {
        return accessTokens.getOrDefault(bearerToken, Access.ALL);
    }

    Optional<App> app(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(apps.get(key(clientId)));
    }

    SandboxPrincipal user(String userName) {
        SandboxPrincipal user = users.get(key(userName));
        if (user == null) {
            throw new IllegalArgumentException("no sandbox user " + userName);
        }
        return user;
    }

    SandboxPrincipal browserUser() {
        return browserUser;
    }

    String issueRefreshToken(SandboxPrincipal user) {
        String token = "sbx-rt-" + randomHex(24);
        refreshTokens.put(token, user);
        return token;
    }

    Optional<SandboxPrincipal> refreshToken(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(refreshTokens.get(token));
    }

    DeviceCode newDeviceCode(String tenant, String clientId) {
        String userCode = randomHex(4).toUpperCase(Locale.ROOT);
        DeviceCode code = new DeviceCode("sbx-dc-" + randomHex(16), userCode, tenant, clientId, null);
        deviceCodes.put(code.deviceCode(), code);
        return code;
    }

    Optional<DeviceCode> deviceCode(String deviceCode) {
        return deviceCode == null ? Optional.empty() : Optional.ofNullable(deviceCodes.get(deviceCode));
    }

    void redeemed(DeviceCode code) {
        deviceCodes.remove(code.deviceCode());
    }

    String newAuthorizationCode(SandboxPrincipal user, String challenge, String clientId) {
        String code = "sbx-ac-" + randomHex(16);
        authorizationCodes.put(code, new AuthorizationCode(user, challenge, clientId));
        return code;
    }

    Optional<AuthorizationCode> redeemAuthorizationCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(authorizationCodes.remove(code));
    }

    private String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
