package dev.acrconsole.app.arm;

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

    /** The id of the resource this one is nested in: {@code .../registries/r/tokens/t} -> {@code .../registries/r}. */
    public static String parent(String id) {
        String trimmed = id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
        int last = trimmed.lastIndexOf('/');
        int type = last <= 0 ? -1 : trimmed.lastIndexOf('/', last - 1);
        return type <= 0 ? null : trimmed.substring(0, type);
    }

    /**
     * Whether {@code id} names one resource ({@code /tenants/t}, {@code /subscriptions/s}, {@code .../providers/NS/type/
     * name[/type/name...]}): an even number of segments. A collection such as {@code .../registries/r/runs} has an odd one.
     */
    public static boolean isResourceId(String id) {
        if (id == null || id.isBlank() || !id.startsWith("/")) {
            return false;
        }
        String trimmed = id.endsWith("/") ? id.substring(1, id.length() - 1) : id.substring(1);
        String[] segments = trimmed.split("/");
        int count = 0;
        for (String s : segments) {
            if (s.isBlank()) {
                return false;
            }
            count++;
        }
        // Pairs throughout: subscriptions/s, resourceGroups/g, providers/NS, then type/name for each level.
        return count % 2 == 0;
    }

    /** The last segment: the resource's name. */
    public static String name(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
