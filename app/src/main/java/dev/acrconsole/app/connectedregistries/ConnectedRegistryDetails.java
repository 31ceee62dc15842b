package dev.acrconsole.app.connectedregistries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A connected registry as the console shows it, read from its cached ARM JSON: every field of ARM's schema (seed
 * 001), in the order a site engineer reads them: how it is doing, where it syncs from and when, how clients reach it.
 */
public record ConnectedRegistryDetails(String id, String name, String mode, String connectionState, String activation,
                                       String version, String lastActivityTime, String parentId, Sync sync,
                                       List<String> clientTokenIds, Login login, String logLevel, String auditLogStatus,
                                       List<String> notifications, List<StatusDetail> statusDetails,
                                       String garbageCollection, String provisioningState, SyncResult syncResult) {

    /** The schedule is a cron expression; {@code * * * * *} means it syncs continuously. */
    public static final String CONTINUOUS = "* * * * *";

    public record Sync(String tokenId, String schedule, String syncWindow, String messageTtl, String lastSyncTime,
                       String gatewayEndpoint) {}

    public record Login(String host, String tlsStatus, String certificateType, String certificateLocation) {}

    /**
     * The last sync as 2026-01-01-preview reports it; null when read at a version without it. (Its swagger swaps the
     * two enums' names; the example's values, trigger InitialSync and state Succeeded, are what ARM answers.)
     */
    public record SyncResult(String trigger, String state, String lastStart, String lastEnd, String lastSuccessfulEnd) {
        /** "Succeeded (ManualResync), ended 7 Dec 2026 01:02". */
        public String summary() {
            return (state == null ? "Unknown" : state) + (trigger == null ? "" : " (" + trigger + ")")
                    + (lastEnd == null ? "" : ", ended " + Format.armTime(lastEnd));
        }
    }

    public record StatusDetail(String type, String code, String description, String timestamp, String correlationId) {}

    public static ConnectedRegistryDetails parse(String json) {
        JsonNode c = Json.read(json);
        JsonNode p = c.path("properties");
        JsonNode s = p.path("parent").path("syncProperties");
        JsonNode tls = p.path("loginServer").path("tls");
        List<StatusDetail> details = new ArrayList<>();
        p.path("statusDetails").forEach(d -> details.add(new StatusDetail(Json.text(d, "type"), Json.text(d, "code"),
                Json.text(d, "description"), Json.text(d, "timestamp"), Json.text(d, "correlationId"))));
        JsonNode gc = p.path("garbageCollection");
        String garbage = gc.isObject() ? Format.enabled(Json.bool(gc, "enabled"))
                + (gc.hasNonNull("schedule") ? ", " + gc.get("schedule").asText() : "") : null;
        return new ConnectedRegistryDetails(Json.text(c, "id"), Json.text(c, "name"), Json.text(p, "mode"),
                Json.text(p, "connectionState"), Json.text(p.path("activation"), "status"), Json.text(p, "version"),
                Json.text(p, "lastActivityTime"), blankToNull(Json.text(p.path("parent"), "id")),
                new Sync(Json.text(s, "tokenId"), Json.text(s, "schedule"), blankToNull(Json.text(s, "syncWindow")),
                        Json.text(s, "messageTtl"), Json.text(s, "lastSyncTime"), Json.text(s, "gatewayEndpoint")),
                Json.strings(p.path("clientTokenIds")),
                new Login(Json.text(p.path("loginServer"), "host"), Json.text(tls, "status"),
                        Json.text(tls.path("certificate"), "type"), Json.text(tls.path("certificate"), "location")),
                Json.text(p.path("logging"), "logLevel"), Json.text(p.path("logging"), "auditLogStatus"),
                Json.strings(p.path("notificationsList")), List.copyOf(details), garbage, Json.text(p, "provisioningState"),
                syncResult(p.path("registrySyncResult")));
    }

    private static SyncResult syncResult(JsonNode r) {
        return r.isObject() ? new SyncResult(Json.text(r, "syncTrigger"), Json.text(r, "syncState"),
                Json.text(r, "lastSyncStartTime"), Json.text(r, "lastSyncEndTime"), Json.text(r, "lastSuccessfulSyncEndTime")) : null;
    }

    /** The registry (in the cloud) this connected registry belongs to. */
    public String registryName() {
        return id == null ? null : ArmIds.segment(id, "registries");
    }

    /** Its parent's name: a connected registry, or the cloud registry when it has none. */
    public String parentName() {
        return parentId == null ? registryName() + " (cloud registry)" : ArmIds.name(parentId);
    }

    public String syncTokenName() {
        return sync.tokenId() == null ? null : ArmIds.name(sync.tokenId());
    }

    public boolean continuous() {
        return sync.schedule() == null || CONTINUOUS.equals(sync.schedule().trim());
    }

    public List<DetailField> fields() {
        return fields(Map.of());
    }

    /**
     * The pane's rows. {@code tokenNotes} adds what is known of a client token (by lower-cased id), e.g. "disabled";
     * a token with no note is shown by name alone.
     */
    public List<DetailField> fields(Map<String, String> tokenNotes) {
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Connection state", connectionState));
        for (int i = 0; i < statusDetails.size(); i++) {
            StatusDetail d = statusDetails.get(i);
            f.add(new DetailField("Status detail " + (i + 1), d.type() + " · " + d.code() + ": " + d.description()
                    + " · " + Format.armTime(d.timestamp()) + " · correlation " + d.correlationId()));
        }
        if (syncResult != null) {
            f.add(new DetailField("Last sync result", syncResult.summary()));
        }
        f.add(new DetailField("Activation", activation));
        f.add(new DetailField("Mode", mode));
        f.add(new DetailField("Parent", parentName()));
        f.add(new DetailField("Sync token", syncTokenName()));
        f.add(new DetailField("Sync schedule", sync.schedule() == null ? null
                : sync.schedule() + (continuous() ? " (continuous)" : "")));
        f.add(new DetailField("Sync window", sync.syncWindow() == null && continuous() ? "(none: continuous)" : sync.syncWindow()));
        f.add(new DetailField("Message TTL", sync.messageTtl()));
        f.add(new DetailField("Last sync", Format.armTime(sync.lastSyncTime())));
        if (syncResult != null) {
            f.add(new DetailField("Last sync started", Format.armTime(syncResult.lastStart())));
            f.add(new DetailField("Last successful sync", Format.armTime(syncResult.lastSuccessfulEnd())));
        }
        f.add(new DetailField("Gateway endpoint", sync.gatewayEndpoint()));
        f.add(new DetailField("Client tokens", clientTokenIds.isEmpty() ? "(none)" : String.join(", ",
                clientTokenIds.stream().map(t -> ArmIds.name(t) + note(tokenNotes, t)).toList())));
        f.add(new DetailField("Login server", login.host()));
        f.add(new DetailField("TLS", login.tlsStatus()));
        f.add(new DetailField("TLS certificate", login.certificateType() == null ? null
                : login.certificateType() + (login.certificateLocation() == null ? "" : " at " + login.certificateLocation())));
        f.add(new DetailField("Log level", logLevel));
        f.add(new DetailField("Audit log", auditLogStatus));
        f.add(new DetailField("Notifications", notifications.isEmpty() ? "(none)" : String.join(", ", notifications)));
        f.add(new DetailField("Version", version));
        f.add(new DetailField("Last activity", Format.armTime(lastActivityTime)));
        f.add(new DetailField("Garbage collection", garbageCollection == null ? "(not reported)" : garbageCollection));
        f.add(new DetailField("Provisioning state", provisioningState));
        f.add(DetailField.copyable("Resource ID", id));
        return f;
    }

    private static String note(Map<String, String> notes, String tokenId) {
        String n = notes.get(tokenId.toLowerCase(java.util.Locale.ROOT));
        return n == null ? "" : " (" + n + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
