package dev.acrconsole.app.credentialsets;

import java.util.regex.Pattern;

/**
 * The artifact cache's input rules, checked before anything is sent: names of cache rules and credential sets (ARM's
 * 5 to 50 letters, digits and '-'), Key Vault secret URIs, upstream login servers.
 */
public final class CredentialSetRules {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]*");
    /** https://{vault}.vault.azure.net/secrets/{name}[/{version}]: vault names 3-24, secret names 1-127, versions 32 hex. */
    private static final Pattern SECRET_URI = Pattern.compile(
            "https://([a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9])\\.vault\\.azure\\.net/secrets/[a-zA-Z0-9-]{1,127}(/[0-9a-fA-F]{32})?");
    private static final Pattern HOST = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]{1,5})?");

    private CredentialSetRules() {}

    /** Null when {@code name} is a valid cache rule or credential set name, else what is wrong. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "Enter a name: 5 to 50 letters, digits and '-'.";
        }
        if (!NAME.matcher(name).matches()) {
            return "Use only letters, digits and '-'.";
        }
        if (name.length() < 5 || name.length() > 50) {
            return "Use 5 to 50 letters, digits and '-' (this is " + name.length() + ").";
        }
        return null;
    }

    /** Null when {@code uri} is a Key Vault secret URI (a reference: never the secret itself), else what is wrong. */
    public static String secretUriProblem(String uri) {
        if (uri == null || uri.isBlank()) {
            return "Enter the Key Vault secret URI, e.g. https://myvault.vault.azure.net/secrets/username.";
        }
        if (!SECRET_URI.matcher(uri.strip()).matches()) {
            return "Use https://<vault>.vault.azure.net/secrets/<name> or .../secrets/<name>/<version> "
                    + "(a vault of 3-24 letters, digits and '-'; a version of 32 hex digits).";
        }
        return null;
    }

    /** Null when {@code loginServer} is an upstream's host (docker.io, ghcr.io, host:port), else what is wrong. */
    public static String loginServerProblem(String loginServer) {
        if (loginServer == null || loginServer.isBlank()) {
            return "Enter the upstream's login server, e.g. docker.io.";
        }
        if (!HOST.matcher(loginServer.strip()).matches()) {
            return "Enter a host name in lower case such as docker.io or ghcr.io, without https:// or a path.";
        }
        return null;
    }
}
