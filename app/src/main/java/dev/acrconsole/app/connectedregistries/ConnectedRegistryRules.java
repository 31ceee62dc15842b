package dev.acrconsole.app.connectedregistries;

import java.util.List;
import java.util.regex.Pattern;

/** ARM's rules for connected registries that hold before anything is sent: names, modes, log levels, notifications. */
public final class ConnectedRegistryRules {
    /** Registry and Mirror are the current names; ReadWrite and ReadOnly the older ones ARM still takes. */
    public static final List<String> MODES = List.of("Registry", "Mirror", "ReadWrite", "ReadOnly");
    public static final List<String> LOG_LEVELS = List.of("Debug", "Information", "Warning", "Error", "None");
    /** ARM allows 50, but the sync scope map is named {@code <name>-sync-scope-map}, which must fit in 50 too. */
    public static final int MAX_NAME = 50 - "-sync-scope-map".length();
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]*");
    // <repository>:<tag>[:<digest>], each part may be or hold the wildcard *.
    private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9*]+(?:[._/-]+[a-z0-9*]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("\\*|[a-f0-9*]{1,64}");

    private ConnectedRegistryRules() {}

    /** Null when the name is acceptable, else what is allowed. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "Enter a name: 5 to " + MAX_NAME + " letters and digits.";
        }
        if (!NAME.matcher(name).matches()) {
            return "Use only letters and digits (no dashes, dots or spaces).";
        }
        if (name.length() < 5 || name.length() > MAX_NAME) {
            return "Use 5 to " + MAX_NAME + " letters and digits (this is " + name.length() + "): ARM allows 50, and the"
                    + " sync scope map's name, " + "<name>-sync-scope-map, must fit in 50 as well.";
        }
        return null;
    }

    /** Mirror and ReadOnly registries only pull from their parent; the others also push back. */
    public static boolean readOnly(String mode) {
        return "Mirror".equals(mode) || "ReadOnly".equals(mode);
    }

    /** Null when {@code pattern} is a notification pattern, else what is allowed. */
    public static String notificationProblem(String pattern) {
        String p = pattern == null ? "" : pattern.strip();
        String[] parts = p.split(":", -1);
        boolean ok = (parts.length == 2 || parts.length == 3) && REPOSITORY.matcher(parts[0]).matches()
                && TAG.matcher(parts[1]).matches() && (parts.length == 2 || DIGEST.matcher(parts[2]).matches());
        return ok ? null : "'" + p + "' is not a notification pattern: use <repository>:<tag> or "
                + "<repository>:<tag>:<digest>, with * as a wildcard, e.g. hello-world:*:* or sample/repo/*:1.0:*.";
    }
}
