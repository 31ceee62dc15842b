package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The connected registries of the demo sample, with the scope maps and tokens they sync and serve with, the way
 * {@code az acr connected-registry create} leaves them ({@code <name>-sync-scope-map}, {@code <name>-sync-token}).
 * Every mode and every connection state is present, a parent chain three deep and an Unhealthy one with status
 * details. Deterministic: names are fixed, GUIDs and times come from the seed. The scale data sets have none.
 */
public final class EdgeSample {

    /** A scope map; {@code systemDefined} ones are the {@code _repositories_*} maps every registry has. */
    public record ScopeMap(String registryId, String name, String description, List<String> actions,
                           boolean systemDefined, Instant created) {
        public ScopeMap {
            actions = List.copyOf(actions);
        }

        public String id() {
            return registryId + "/scopeMaps/" + name;
        }

        public ObjectNode json() {
            return EdgeJson.scopeMap(this);
        }
    }

    public record Token(String registryId, String name, String scopeMapName, boolean enabled, Instant created) {
        public String id() {
            return registryId + "/tokens/" + name;
        }

        public String scopeMapId() {
            return registryId + "/scopeMaps/" + scopeMapName;
        }

        public ObjectNode json() {
            return EdgeJson.token(this);
        }
    }

    /** When and how long it syncs: a cron schedule ({@code * * * * *} is continuous), a window, a message TTL. */
    public record Sync(String schedule, String window, String messageTtl) {
    }

    /** What the on-premises runtime reported when it was last in touch; null for one never deployed. */
    public record Runtime(String version, String loginHost, String logLevel, boolean auditLog, Instant lastActivity,
                          Instant lastSync) {
    }

    public record StatusDetail(String type, String code, String description, Instant timestamp, String correlationId) {
    }

    /**
     * @param mode       ReadWrite, ReadOnly, Registry or Mirror
     * @param gatewayEndpoint where it syncs through: the registry's data endpoint, or its parent's login server
     * @param parentName the connected registry it syncs from, or null when it syncs from the cloud registry
     */
    public record ConnectedRegistry(String registryId, String gatewayEndpoint, String name, String mode,
                                    String connectionState, boolean active, String parentName, Sync sync,
                                    Runtime runtime, List<String> clientTokens, List<String> notifications,
                                    List<StatusDetail> statusDetails) {
        public ConnectedRegistry {
            clientTokens = List.copyOf(clientTokens);
            notifications = List.copyOf(notifications);
            statusDetails = List.copyOf(statusDetails);
        }

        public String id() {
            return registryId + "/connectedRegistries/" + name;
        }

        public String syncTokenName() {
            return name + "-sync-token";
        }

        public ObjectNode json() {
            return EdgeJson.connectedRegistry(this);
        }
    }

    static final EdgeSample EMPTY = new EdgeSample(List.of(), List.of(), List.of());

    private static final List<String> GATEWAY = List.of("config/read", "config/write", "message/read", "message/write");
    private static final List<String> READ_ONLY = List.of("content/read", "metadata/read");
    private static final List<String> READ_WRITE = List.of("content/read", "content/write", "content/delete",
            "metadata/read", "metadata/write");

    private final List<ScopeMap> scopeMaps;
    private final List<Token> tokens;
    private final List<ConnectedRegistry> connectedRegistries;

    private EdgeSample(List<ScopeMap> scopeMaps, List<Token> tokens, List<ConnectedRegistry> connectedRegistries) {
        this.scopeMaps = List.copyOf(scopeMaps);
        this.tokens = List.copyOf(tokens);
        this.connectedRegistries = List.copyOf(connectedRegistries);
    }

    public List<ScopeMap> scopeMaps() {
        return scopeMaps;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<ConnectedRegistry> connectedRegistries() {
        return connectedRegistries;
    }

    /** The default sample's edge estate; empty for generated scale data. */
    static EdgeSample build(SandboxData data, boolean demo, long seed) {
        return demo ? new Builder(data, seed).build() : EMPTY;
    }

    /** Names are fixed so the UI looks realistic; which registries hold them is decided by name. */
    private static final class Builder {
        private final SandboxData data;
        private final Random random;
        private final Instant now = Instant.parse("2025-09-01T08:00:00Z");
        private final List<ScopeMap> scopeMaps = new ArrayList<>();
        private final List<Token> tokens = new ArrayList<>();
        private final List<ConnectedRegistry> connected = new ArrayList<>();

        Builder(SandboxData data, long seed) {
            this.data = data;
            this.random = new Random(seed ^ 0x5EEDED6EL);
        }

        EdgeSample build() {
            data.registries().forEach(this::systemScopeMaps);
            SandboxData.Registry hub = registry("fabrikamedgehub");
            SandboxData.Registry prod = registry("contosoprodacr");

            add(hub, "dublinsite", "Registry", "Online", true, null, new Sync("* * * * *", null, "P1D"),
                    runtime("1.1.1", "dublinsite.fabrikam.local", "Information", true, 2), List.of("dublin-client-token"),
                    List.of("hello-world:*:*"), List.of());
            add(hub, "dublinfloor1", "Mirror", "Online", true, "dublinsite", new Sync("0 */6 * * *", "PT3H", "P2D"),
                    runtime("1.1.1", "10.20.1.15", "Warning", false, 20), List.of(), List.of(), List.of());
            add(hub, "dublinline7", "ReadOnly", "Offline", true, "dublinfloor1", new Sync("0 22 * * *", "PT8H", "P7D"),
                    runtime("1.0.4", "line7.dublin.fabrikam.local", "Error", false, 600), List.of(), List.of(), List.of());
            add(hub, "corkdepot", "ReadWrite", "Unhealthy", true, null, new Sync("* * * * *", null, "P14D"),
                    runtime("1.0.4", "corkdepot.fabrikam.local", "Debug", true, 45), List.of("cork-client-token"),
                    List.of("sample/repo/*:1.0:*"), List.of(
                            new StatusDetail("certificate", "CertificateExpiring",
                                    "The TLS certificate of the login server expires in 3 days.", now.minusSeconds(3600),
                                    Ids.guid(random)),
                            new StatusDetail("sync", "SyncTokenPasswordExpired",
                                    "The sync token's password has expired: generate a new one and update the connection string.",
                                    now.minusSeconds(1800), Ids.guid(random))));
            add(hub, "galwaypilot", "Registry", "Offline", false, null, new Sync("0 2 * * 0,6", "PT12H", "P30D"),
                    null, List.of(), List.of(), List.of());
            add(prod, "seattlestore01", "ReadOnly", "Syncing", true, null, new Sync("* * * * *", null, "P3D"),
                    runtime("1.1.1", "acr.store01.contoso.local", "Information", false, 5), List.of(), List.of(), List.of());

            clientToken(hub, "dublin-client-token", "_repositories_pull", true);
            clientToken(hub, "cork-client-token", "_repositories_push", true);
            clientToken(hub, "old-site-token", "_repositories_pull", false);
            return new EdgeSample(scopeMaps, tokens, connected);
        }

        private SandboxData.Registry registry(String name) {
            return data.registries().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        }

        private void systemScopeMaps(SandboxData.Registry r) {
            Instant created = r.creationDate();
            scopeMaps.add(new ScopeMap(r.id(), "_repositories_pull", "Can pull any repository of the registry",
                    List.of("repositories/*/content/read"), true, created));
            scopeMaps.add(new ScopeMap(r.id(), "_repositories_push", "Can push to any repository of the registry",
                    List.of("repositories/*/content/read", "repositories/*/content/write"), true, created));
            scopeMaps.add(new ScopeMap(r.id(), "_repositories_admin", "Can perform all read, write and delete operations on the registry",
                    List.of("repositories/*/metadata/read", "repositories/*/metadata/write", "repositories/*/content/read",
                            "repositories/*/content/write", "repositories/*/content/delete"), true, created));
        }

        private Runtime runtime(String version, String host, String logLevel, boolean audit, int minutesAgo) {
            Instant last = now.minus(Duration.ofMinutes(minutesAgo));
            return new Runtime(version, host, logLevel, audit, last, last.minus(Duration.ofMinutes(random.nextInt(30))));
        }

        private void add(SandboxData.Registry r, String name, String mode, String state, boolean active, String parent,
                         Sync sync, Runtime runtime, List<String> clientTokens, List<String> notifications,
                         List<StatusDetail> details) {
            String gateway = parent == null ? r.name().toLowerCase(java.util.Locale.ROOT) + "." + r.location() + ".data.azurecr.io"
                    : connected.stream().filter(c -> c.name().equals(parent)).findFirst().orElseThrow().runtime().loginHost();
            connected.add(new ConnectedRegistry(r.id(), gateway, name, mode, state, active, parent, sync, runtime,
                    clientTokens, notifications, details));
            boolean readOnly = mode.equals("ReadOnly") || mode.equals("Mirror");
            List<String> actions = new ArrayList<>();
            for (String repo : List.of("hello-world", "acr/connected-registry", "factory/line-controller")) {
                (readOnly ? READ_ONLY : READ_WRITE).forEach(a -> actions.add("repositories/" + repo + "/" + a));
            }
            GATEWAY.forEach(a -> actions.add("gateway/" + name + "/" + a));
            Instant created = now.minus(Duration.ofDays(30 + random.nextInt(200)));
            scopeMaps.add(new ScopeMap(r.id(), name + "-sync-scope-map", "Created by connected registry sync token: " + name,
                    actions, false, created));
            tokens.add(new Token(r.id(), name + "-sync-token", name + "-sync-scope-map", true, created));
            if (parent != null) { // as az does: the parent's sync token may talk to the child's gateway
                ScopeMap parentMap = scopeMaps.stream().filter(m -> m.name().equals(parent + "-sync-scope-map"))
                        .findFirst().orElseThrow();
                List<String> more = new ArrayList<>(parentMap.actions());
                GATEWAY.forEach(a -> more.add("gateway/" + name + "/" + a));
                scopeMaps.set(scopeMaps.indexOf(parentMap), new ScopeMap(parentMap.registryId(), parentMap.name(),
                        parentMap.description(), more, false, parentMap.created()));
            }
        }

        private void clientToken(SandboxData.Registry r, String name, String scopeMap, boolean enabled) {
            tokens.add(new Token(r.id(), name, scopeMap, enabled, now.minus(Duration.ofDays(10 + random.nextInt(100)))));
        }
    }
}
