package dev.acrconsole.sandbox;

import java.util.Locale;

/** Reads ARM ids: {@code /subscriptions/s/resourceGroups/g/providers/Ns/type1/name1/type2/name2}. */
final class ArmPaths {

    private ArmPaths() {
    }

    /** The id without its last name: the collection the resource is listed in (lower case). */
    static String collection(String id) {
        int slash = id.lastIndexOf('/');
        return id.substring(0, Math.max(0, slash)).toLowerCase(Locale.ROOT);
    }

    /** The full type, e.g. {@code microsoft.containerregistry/registries/tokens} (lower case), or "" if none. */
    static String type(String id) {
        String[] parts = id.split("/");
        int providers = -1;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equalsIgnoreCase("providers")) {
                providers = i;
            }
        }
        if (providers < 0 || providers + 2 >= parts.length) {
            return "";
        }
        StringBuilder type = new StringBuilder(parts[providers + 1]);
        for (int i = providers + 2; i < parts.length; i += 2) {
            type.append('/').append(parts[i]);
        }
        return type.toString().toLowerCase(Locale.ROOT);
    }

    /** The last segment of an id: the resource's name. */
    static String name(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }

    /** The value after {@code segment} (case ignored), or null. */
    static String segment(String id, String segment) {
        String[] parts = id.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equalsIgnoreCase(segment)) {
                return parts[i + 1];
            }
        }
        return null;
    }
}
