package dev.acrconsole.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Strips secret-bearing fields from ARM JSON before it is stored. The cache is the gate: whatever
 * a caller hands it, passwords, tokens, connection strings and SAS URLs never reach the file. The generic names are
 * its own; each kind adds the names only it uses (its descriptor's secret fields, through {@link CachePolicy}).
 */
public final class SecretFilter {
    /** Field names (lower case) whose values are secrets wherever they appear, whatever the kind. */
    private static final Set<String> GENERIC_FIELDS = Set.of(
            "password", "accesstoken", "refreshtoken", "access_token",
            "refresh_token", "connectionstring", "sasurl", "primarykey", "secondarykey",
            "clientsecret", "secret", "secretvalue", "uploadurl", "token");

    /**
     * A URL carrying a storage signature (a SAS) or a user:password, whatever the field is called: e.g. a run's source
     * location, a base image trigger's webhook.
     */
    private static final java.util.regex.Pattern SAS = java.util.regex.Pattern.compile("(?i)https?://(\\S*[?&]sig=|[^/\\s@]+:[^/\\s@]+@)");

    /**
     * A token's {@code passwords} are kept for their names and expiry dates (what expires when), but never their
     * {@code value}: inside such an array, these fields are secrets too.
     */
    private static final Set<String> SECRET_IN_PASSWORDS = Set.of("value");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Set<String> secretFields;

    /** The generic names and {@code policy}'s. */
    public SecretFilter(CachePolicy policy) {
        Set<String> all = new java.util.HashSet<>(GENERIC_FIELDS);
        all.addAll(policy.secretFields());
        this.secretFields = Set.copyOf(all);
    }

    public boolean isSecretField(String name) {
        return secretFields.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Returns {@code json} with every secret field removed; the input is not modified. */
    public String scrub(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            return scrubNode(tree) ? MAPPER.writeValueAsString(tree) : json;
        } catch (Exception e) {
            throw new CacheException("Refusing to cache a resource whose JSON cannot be parsed: " + e.getMessage(), e);
        }
    }

    /**
     * Marks a journaled request whose secrets were left out (a webhook's service URI, a task's secret value): the
     * request cannot be sent again as it was, e.g. after a restart before it was sent.
     */
    public static final String WITHHELD = "x-acr-console-secrets-withheld";

    /**
     * As {@link #scrub}, for a request to journal: when anything was removed from an object, it says so in
     * {@link #WITHHELD}.
     */
    public String scrubRequest(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (!scrubNode(tree)) {
                return json;
            }
            if (tree instanceof ObjectNode object) {
                object.put(WITHHELD, true);
            }
            return MAPPER.writeValueAsString(tree);
        } catch (Exception e) {
            throw new CacheException("Refusing to journal a request whose JSON cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** Whether a journaled request had secrets left out ({@link #scrubRequest}). */
    public static boolean withheld(String journaledBody) {
        return journaledBody != null && journaledBody.contains("\"" + WITHHELD + "\"");
    }

    /** What {@link #redactText} puts where a secret was. */
    public static final String REDACTED = "[redacted]";

    /** {@code "password": "..."}, {@code password=...}, {@code token: ...}: a generic secret field's value in free text. */
    private static final java.util.regex.Pattern FIELD_IN_TEXT = java.util.regex.Pattern.compile(
            "(?i)(\"?\\b(?:" + String.join("|", GENERIC_FIELDS.stream().sorted((a, b) -> b.length() - a.length()).toList())
                    + ")\\b\"?\\s*[:=]\\s*)(\"[^\"]*\"|[^\\s,;&}\"]+)");
    /** A SAS's query, or the user:password of a URL (the same URLs {@link #SAS} finds in JSON). */
    private static final java.util.regex.Pattern SAS_QUERY = java.util.regex.Pattern.compile("(?i)(https?://[^\\s?]*)\\?[^\\s\"]*\\bsig=[^\\s\"]*");
    private static final java.util.regex.Pattern URL_USER_PASSWORD = java.util.regex.Pattern.compile("(?i)(https?://)[^/\\s@:]+:[^/\\s@]+@");
    /** A bearer token or a JWT wherever it stands (ARM and ACR tokens are JWTs). */
    private static final java.util.regex.Pattern BEARER_OR_JWT = java.util.regex.Pattern.compile(
            "(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]+|\\beyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    /**
     * Free text (a log line, an exception's message) with the secrets the cache refuses replaced by {@link #REDACTED}:
     * the generic secret fields' values, SAS queries, a URL's user:password, bearer tokens and JWTs.
     */
    public static String redactText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = SAS_QUERY.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + "?" + REDACTED));
        out = URL_USER_PASSWORD.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + REDACTED + "@"));
        out = BEARER_OR_JWT.matcher(out).replaceAll(REDACTED);
        return FIELD_IN_TEXT.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + REDACTED));
    }

    /** The JSON as a tree with every secret field removed (parsed once, for callers that read it further). */
    JsonNode scrubbedTree(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            scrubNode(tree);
            return tree;
        } catch (Exception e) {
            throw new CacheException("Refusing to cache a resource whose JSON cannot be parsed: " + e.getMessage(), e);
        }
    }

    static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (Exception e) {
            throw new CacheException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Removes secret fields in place; true when anything was removed. */
    private boolean scrubNode(JsonNode node) {
        return scrubNode(node, false);
    }

    private boolean scrubNode(JsonNode node, boolean inPasswords) {
        boolean changed = false;
        if (node instanceof ObjectNode object && object.path("isSecret").asBoolean(false) && object.has("value")) {
            object.remove("value"); // ACR Tasks' arguments and values: {name, value, isSecret}
            changed = true;
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().toLowerCase(Locale.ROOT);
                boolean sasUrl = field.getValue().isTextual() && SAS.matcher(field.getValue().asText()).find();
                if (isSecretField(name) || inPasswords && SECRET_IN_PASSWORDS.contains(name) || sasUrl) {
                    fields.remove();
                    changed = true;
                } else {
                    changed |= scrubNode(field.getValue(), name.equals("passwords"));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                changed |= scrubNode(element, inPasswords);
            }
        }
        return changed;
    }
}
