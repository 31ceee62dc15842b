package dev.acrconsole.app.kind;

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

    /** A length of time as people say it: "42 s", "3 min 5 s", "2 h 10 min", "7 days". */
    public static String duration(java.time.Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        }
        if (s < 86_400) {
            return (s / 3600) + " h" + (s % 3600 / 60 == 0 ? "" : " " + (s % 3600 / 60) + " min");
        }
        long days = s / 86_400;
        return days + (days == 1 ? " day" : " days");
    }

    /** A time as ARM writes it (ISO-8601 with an offset), shown like every other time; as sent if it does not parse. */
    public static String armTime(String text) {
        Instant at = armInstant(text);
        return at != null ? instant(at) : text == null || text.isBlank() ? null : text; // else shown as ARM sent it
    }

    /** A time as ARM or a registry writes it (ISO-8601 with an offset) as the instant it is, to sort by; null if it is not one. */
    public static Instant armInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            // A few services write UTC without an offset ("2026-01-02T03:04:05.1234567").
            try {
                return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException notOne) {
                return null;
            }
        }
    }

    /**
     * Where a resource is, read from its id: its resource group, then the registry or instance it is in
     * ("rg-platform-prod › contosoprodacr"); for a tag or manifest its registry, whose name is unique in Azure, and its
     * repository ("contosoprodacr › apps/web").
     */
    public static String where(String id) {
        String repository = ContentIds.repositoryName(id);
        String registryId = ContentIds.registryId(id);
        if (repository != null && !ContentIds.parent(id).equalsIgnoreCase(registryId)) {
            return registryId.substring(registryId.lastIndexOf('/') + 1) + " › " + repository;
        }
        String[] parts = id.split("/");
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].equalsIgnoreCase("resourceGroups")) {
                where.append(parts[i + 1]);
            } else if (parts[i].equalsIgnoreCase("registries") || parts[i].equalsIgnoreCase("instances")) {
                if (i + 2 < parts.length) {
                    where.append(" › ").append(parts[i + 1]);
                }
            }
        }
        return where.toString();
    }

    public static String enabled(Boolean flag) {
        return flag == null ? null : flag ? "Enabled" : "Disabled";
    }

    public static String tags(Map<String, String> tags) {
        return tags.isEmpty() ? "(none)" : tags.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * An enum value as ARM writes it, in one casing wherever it is shown: words split at capitals, digits and
     * underscores, the first capitalized ("PASSWORD1" and "password1" are "Password 1", "enabled" is "Enabled",
     * "ReadWrite" is "Read write").
     */
    public static String enumValue(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String words = value.trim()
                .replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .replaceAll("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})", " ")
                .replace('_', ' ')
                .replaceAll("\\s+", " ")
                .toLowerCase(java.util.Locale.ROOT);
        return capitalized(words);
    }

    public static String capitalized(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final Map<String, String> POLICY_LABELS = Map.of(
            "quarantinePolicy", "Quarantine",
            "trustPolicy", "Content trust",
            "retentionPolicy", "Retention",
            "exportPolicy", "Export",
            "azureADAuthenticationAsArmPolicy", "Entra ID auth as ARM",
            "softDeletePolicy", "Soft delete");

    /** ARM's policy key as a label: known ones by name, others split at capitals. */
    public static String label(String policyKey) {
        String known = POLICY_LABELS.get(policyKey);
        if (known != null) {
            return known;
        }
        String base = policyKey.endsWith("Policy") ? policyKey.substring(0, policyKey.length() - 6) : policyKey;
        return capitalized(base.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase());
    }
}
