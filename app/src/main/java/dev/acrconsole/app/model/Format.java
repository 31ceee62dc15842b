package dev.acrconsole.app.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** Display formatting shared by detail panes and the status bar. */
public final class Format {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Format() {}

    public static String instant(Instant at) {
        return at == null ? null : WHEN.withZone(ZoneId.systemDefault()).format(at);
    }

    static String enabled(Boolean flag) {
        return flag == null ? null : flag ? "Enabled" : "Disabled";
    }

    static String tags(Map<String, String> tags) {
        return tags.isEmpty() ? "(none)" : tags.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** "quarantinePolicy" -> "Quarantine"; "azureADAuthenticationAsArmPolicy" -> "Azure AD authentication as ARM". */
    static String label(String policyKey) {
        String base = policyKey.endsWith("Policy") ? policyKey.substring(0, policyKey.length() - 6) : policyKey;
        String spaced = base.replaceAll("(?<=[a-z])(?=[A-Z])", " ").replace("Arm", "ARM");
        String lower = spaced.substring(0, 1).toUpperCase() + spaced.substring(1);
        return lower.replace("A D", "AD");
    }
}
