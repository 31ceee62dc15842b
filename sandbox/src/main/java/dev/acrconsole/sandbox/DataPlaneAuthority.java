package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.sandbox.dataplane.Authority;
import dev.acrconsole.sandbox.dataplane.Permissions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers the data plane's "who is this?" from the management plane's state, as ACR's token server asks ARM: the admin
 * user (registry name, listCredentials' passwords, while adminUserEnabled), a token (its name, a password made for
 * it, unexpired, the token enabled; it gets its scope map's actions), or an Entra token (ARM's bearer: the fixed
 * token sees every registry, an identity-endpoint token those of its principal's subscriptions).
 */
final class DataPlaneAuthority implements Authority {

    private final ResourceState state;
    private final RegistryActionsApi admin;
    private final TokenSecrets secrets;
    private final SandboxIdentity identity;
    private final Clock clock;
    private final Map<String, SandboxData.Registry> registries;
    private final Map<String, SandboxData.Subscription> subscriptions;

    DataPlaneAuthority(SandboxData data, ResourceState state, RegistryActionsApi admin, TokenSecrets secrets,
                       SandboxIdentity identity, Clock clock, List<SandboxData.Registry> served) {
        this.state = state;
        this.admin = admin;
        this.secrets = secrets;
        this.identity = identity;
        this.clock = clock;
        this.registries = served.stream().collect(Collectors.toMap(r -> key(r.name()), Function.identity()));
        this.subscriptions = data.subscriptions().stream().collect(Collectors.toMap(s -> key(s.subscriptionId()), Function.identity()));
    }

    @Override
    public Optional<Permissions> password(String registryName, String username, String password) {
        SandboxData.Registry registry = registries.get(key(registryName));
        if (registry == null || username == null || password == null || state.get(registry.id()).isEmpty()) {
            return Optional.empty();
        }
        if (username.equalsIgnoreCase(registry.name())) {
            return admin.isAdminPassword(registry.id(), password) ? Optional.of(Permissions.all()) : Optional.empty();
        }
        for (ObjectNode token : state.children(registry.id() + "/tokens")) {
            if (token.path("name").asText().equalsIgnoreCase(username)) {
                return tokenPermissions(token, password);
            }
        }
        return Optional.empty();
    }

    private Optional<Permissions> tokenPermissions(ObjectNode token, String password) {
        JsonNode p = token.path("properties");
        if (!p.path("status").asText().equals("enabled")) {
            return Optional.empty();
        }
        boolean valid = false;
        for (JsonNode cred : p.path("credentials").path("passwords")) {
            String expiry = cred.path("expiry").asText(null);
            boolean current = expiry == null || OffsetDateTime.parse(expiry).toInstant().isAfter(clock.instant());
            valid |= current && secrets.matches(token.path("id").asText(), cred.path("name").asText(), password);
        }
        if (!valid) {
            return Optional.empty();
        }
        List<String> actions = new ArrayList<>();
        state.get(p.path("scopeMapId").asText()).ifPresent(m -> m.at("/properties/actions").forEach(a -> actions.add(a.asText())));
        return Optional.of(Permissions.scopeMap(actions));
    }

    @Override
    public Optional<String> entra(String registryName, String accessToken) {
        SandboxData.Registry registry = registries.get(key(registryName));
        if (registry == null || accessToken == null || accessToken.isBlank() || state.get(registry.id()).isEmpty()) {
            return Optional.empty();
        }
        Access access = identity.access(accessToken);
        SandboxData.Subscription subscription = subscriptions.get(key(registry.subscriptionId()));
        if (access.all()) {
            return Optional.of("sandbox-user");
        }
        return subscription != null && access.reaches(subscription) ? Optional.of(access.principal().name()) : Optional.empty();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
