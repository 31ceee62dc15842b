package dev.acrconsole.app.registryendpoints;

import java.util.regex.Pattern;

/**
 * What the console accepts for a registry endpoint before sending it. The names are exactly the service's published
 * rule; the host and the identity's IDs are checked more closely than the service does, because a wrong host or ID is
 * accepted by ARM and only fails later, at pull time on the edge cluster. Each message says what is allowed.
 */
public final class EndpointRules {
    /** The published rule for instance and registry endpoint names (swagger 2026-03-01). */
    public static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9-]*[a-z0-9]$");
    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 63;
    /** The published length of {@code properties.host}. */
    public static final int HOST_MIN = 3;
    public static final int HOST_MAX = 63;

    private static final Pattern NAME_CHARACTERS = Pattern.compile("[a-z0-9-]*");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final Pattern DNS_NAME = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String GUID_EXAMPLE = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private EndpointRules() {}

    /** Null when the name is acceptable (to the service as to the console), else what is allowed. */
    public static String nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "Enter a name: " + NAME_MIN + " to " + NAME_MAX + " lower-case letters, digits and '-', starting and ending with a letter or digit.";
        }
        if (!NAME_CHARACTERS.matcher(name).matches()) {
            return "Use only lower-case letters, digits and '-' (no capitals, dots, underscores or spaces).";
        }
        if (name.length() < NAME_MIN || name.length() > NAME_MAX) {
            return "Use " + NAME_MIN + " to " + NAME_MAX + " characters (this is " + name.length() + ").";
        }
        if (!NAME.matcher(name).matches()) {
            return "Start and end with a lower-case letter or digit, not '-'.";
        }
        return null;
    }

    /** Null when {@code host} is a registry host name: a DNS name with an optional port, no scheme, no path, no spaces. */
    public static String hostProblem(String host) {
        if (host == null || host.isEmpty()) {
            return "Enter the registry's host name, e.g. contoso.azurecr.io (a port may follow: registry.example.com:5000).";
        }
        if (SCHEME.matcher(host).matches()) {
            return "Leave out '" + host.substring(0, host.indexOf("://") + 3) + "': enter only the host name, e.g. contoso.azurecr.io.";
        }
        if (host.chars().anyMatch(Character::isWhitespace)) {
            return "A host name has no spaces: enter it as e.g. contoso.azurecr.io.";
        }
        if (host.contains("/")) {
            return "Leave out the path: enter only the host name (and port), e.g. " + host.substring(0, host.indexOf('/'))
                    + " rather than " + host + ".";
        }
        if (host.length() < HOST_MIN || host.length() > HOST_MAX) {
            return "Use " + HOST_MIN + " to " + HOST_MAX + " characters, port included (this is " + host.length() + ").";
        }
        int colon = host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        if (!DNS_NAME.matcher(name).matches()) {
            return "Use a DNS name: letters, digits and '-' in labels separated by dots, each label starting and ending"
                    + " with a letter or digit; a ':' and a port may follow.";
        }
        if (colon >= 0 && !validPort(host.substring(colon + 1))) {
            return "After ':' give a port from 1 to 65535, e.g. registry.example.com:5000.";
        }
        return null;
    }

    /** Null when {@code value} is a GUID; {@code what} names it in the message, e.g. "the identity's client ID". */
    public static String guidProblem(String value, String what) {
        if (value == null || value.isEmpty()) {
            return "Enter " + what + ": a GUID such as " + GUID_EXAMPLE + ".";
        }
        if (!GUID.matcher(value).matches()) {
            return "Use a GUID: 32 hexadecimal digits grouped 8-4-4-4-12, e.g. " + GUID_EXAMPLE + ".";
        }
        return null;
    }

    private static boolean validPort(String port) {
        if (!port.matches("[0-9]{1,5}")) {
            return false;
        }
        int p = Integer.parseInt(port);
        return p >= 1 && p <= 65535;
    }
}
