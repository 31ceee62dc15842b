package dev.acrconsole.app.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** ACR's rules for a webhook's name, actions, scope, service URI and custom headers, checked before anything is sent. */
public final class WebhookRules {
    /** The events a webhook can be told of, as ARM names them. */
    public static final List<String> ACTIONS = List.of("push", "delete", "quarantine", "chart_push", "chart_delete");

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]*");
    /**
     * A repository (path components joined by . _ - /) and optionally :tag, each part may hold '*'. Upper case is
     * allowed in the repository: Microsoft's own examples scope webhooks to "myRepository".
     */
    private static final Pattern SCOPE = Pattern.compile(
            "[A-Za-z0-9*]+(?:(?:[._]|__|-+|/)[A-Za-z0-9*]+)*(?::[A-Za-z0-9_*][A-Za-z0-9_.*-]{0,127})?");
    /** An HTTP header name (RFC 9110's token). */
    private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private WebhookRules() {}

    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "Enter a name: 5 to 50 letters and digits.";
        }
        if (!NAME.matcher(name).matches()) {
            return "Use only letters and digits.";
        }
        return name.length() < 5 || name.length() > 50 ? "Use 5 to 50 letters and digits (this is " + name.length() + ")." : null;
    }

    /** Empty is every repository; else {@code repo}, {@code repo:tag}, with '*' for any part ({@code apps/*:v1*}). */
    public static String scopeProblem(String scope) {
        if (scope == null || scope.isBlank()) {
            return null;
        }
        String s = scope.strip();
        if (s.chars().filter(c -> c == ':').count() > 1 || s.contains("@")) {
            return "Use repository or repository:tag, with at most one ':' (e.g. apps/web:v1*, apps/*:*, hello-world).";
        }
        return SCOPE.matcher(s).matches() ? null
                : "Use repository or repository:tag: letters, digits, . _ - / in the repository, letters, digits,"
                + " . _ - in the tag, and * for any part (e.g. apps/web:v1*, apps/*:*).";
    }

    /** An absolute http or https URL with a host. */
    public static String serviceUriProblem(String uri) {
        if (uri == null || uri.isBlank()) {
            return "Enter the URL the registry posts its events to (https://...).";
        }
        try {
            URI u = new URI(uri.strip());
            if (u.getScheme() == null || !List.of("http", "https").contains(u.getScheme().toLowerCase(Locale.ROOT))) {
                return "Use an absolute http:// or https:// URL.";
            }
            return u.getHost() == null || u.getHost().isBlank() ? "The URL needs a host name, e.g. https://hooks.example.com/acr." : null;
        } catch (URISyntaxException e) {
            return "This is not a URL: " + e.getReason() + ".";
        }
    }

    /** The host of a service URI, or null when it is not a URL. */
    public static String host(String uri) {
        try {
            return uri == null ? null : new URI(uri.strip()).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Custom headers typed one a line as {@code Name: value}; null when a line is not one (see {@link #headersProblem}). */
    public static Map<String, String> headers(String typed) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (typed == null) {
            return headers;
        }
        for (String line : typed.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return headers;
    }

    public static String headersProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : typed.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon <= 0 ? "" : line.substring(0, colon).strip();
            if (colon <= 0 || !HEADER.matcher(name).matches()) {
                return "Write each header as Name: value, one a line (e.g. Authorization: Bearer ...).";
            }
            if (line.substring(colon + 1).isBlank()) {
                return "Header " + name + " has no value.";
            }
            if (headers.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                return "Header " + name + " is there twice.";
            }
            headers.put(name, line.substring(colon + 1).strip());
        }
        return null;
    }
}
