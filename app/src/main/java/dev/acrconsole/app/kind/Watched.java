package dev.acrconsole.app.kind;

/** A field whose change the change log records: its label and its dotted path in ARM's JSON ({@code a.b[].c}). */
public record Watched(String label, String path) {
    public static final Watched PROVISIONING = new Watched("Provisioning state", "properties.provisioningState");
}
