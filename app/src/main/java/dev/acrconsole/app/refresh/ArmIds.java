package dev.acrconsole.app.refresh;

/** Reads parts of ARM resource ids ({@code /subscriptions/s/resourceGroups/g/providers/...}). */
public final class ArmIds {
    private ArmIds() {}

    /** The value after {@code segment} (matched case-insensitively, as ARM does), or null. */
    public static String segment(String id, String segment) {
        if (id == null) {
            return null;
        }
        String[] parts = id.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equalsIgnoreCase(segment)) {
                return parts[i + 1];
            }
        }
        return null;
    }

    public static String resourceGroup(String id) {
        return segment(id, "resourceGroups");
    }

    public static String subscription(String id) {
        return segment(id, "subscriptions");
    }
}
