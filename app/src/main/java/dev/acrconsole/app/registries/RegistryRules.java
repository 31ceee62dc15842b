package dev.acrconsole.app.registries;

import java.util.List;
import java.util.regex.Pattern;

/** ACR's own rules for registries, checked before anything is sent. */
public final class RegistryRules {
    public static final List<String> SKUS = List.of("Basic", "Standard", "Premium");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]*");

    private RegistryRules() {}

    /** Null when the name is acceptable, else what is allowed. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "Enter a name: 5 to 50 letters and digits.";
        }
        if (!NAME.matcher(name).matches()) {
            return "Use only letters and digits (no dashes, dots or spaces).";
        }
        if (name.length() < 5 || name.length() > 50) {
            return "Use 5 to 50 letters and digits (this is " + name.length() + ").";
        }
        return null;
    }

    /** Zone redundancy, dedicated data endpoints and private-only access exist only in Premium. */
    public static boolean premiumOnly(boolean zoneRedundancy, boolean dataEndpoint, boolean publicAccess) {
        return zoneRedundancy || dataEndpoint || !publicAccess;
    }
}
