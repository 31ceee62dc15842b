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

    /** ACR's limit on a registry's IP rules. */
    public static final int MAX_IP_RULES = 100;
    private static final Pattern IPV4_OR_CIDR = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");

    /** Null when {@code rule} is a single IPv4 address or an IPv4 CIDR range (what ACR's IP rules take), else why not. */
    public static String ipRuleProblem(String rule) {
        var m = IPV4_OR_CIDR.matcher(rule == null ? "" : rule.strip());
        boolean ok = m.matches();
        for (int i = 1; ok && i <= 4; i++) {
            ok = Integer.parseInt(m.group(i)) <= 255;
        }
        if (ok && m.group(5) != null) {
            ok = Integer.parseInt(m.group(5)) <= 32;
        }
        return ok ? null : "'" + (rule == null ? "" : rule.strip()) + "' is not an IPv4 address or CIDR range "
                + "(e.g. 203.0.113.5 or 203.0.113.0/24).";
    }

    /** Zone redundancy, dedicated data endpoints and private-only access exist only in Premium. */
    public static boolean premiumOnly(boolean zoneRedundancy, boolean dataEndpoint, boolean publicAccess) {
        return zoneRedundancy || dataEndpoint || !publicAccess;
    }
}
