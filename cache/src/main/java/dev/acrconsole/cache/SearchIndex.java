package dev.acrconsole.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps the full-text index in step with the resource table, inside the caller's transaction: a resource's document
 * is its name and every text value of its (already scrubbed) ARM JSON, tags as "key value".
 */
final class SearchIndex {
    /** Enough for any real resource; a huge one (a run with many outputs) is cut rather than bloat the index. */
    private static final int MAX_BODY = 16_384;

    private SearchIndex() {}

    /**
     * (Re)indexes one resource. A document whose text did not change is left as it is: rewriting an FTS5 document is
     * most of what a refresh of unchanged resources would cost.
     */
    static void index(Connection c, String scopeKey, String idKey, ResourceKind kind, String name, JsonNode json,
                      java.util.Set<String> skipped) throws SQLException {
        long doc = document(c, scopeKey, idKey);
        String body = body(json, skipped);
        // A resource keeps its kind and scope: an existing document's facets are already these.
        try (PreparedStatement old = c.prepareStatement("SELECT name, body FROM search_fts WHERE rowid = ?")) {
            old.setLong(1, doc);
            try (ResultSet rs = old.executeQuery()) {
                if (rs.next()) {
                    if (name.equals(rs.getString(1)) && body.equals(rs.getString(2))) {
                        return;
                    }
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM search_fts WHERE rowid = ?")) {
                        delete.setLong(1, doc);
                        delete.executeUpdate();
                    }
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO search_fts (rowid, name, body, facets) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, doc);
            insert.setString(2, name);
            insert.setString(3, body);
            insert.setString(4, kindToken(kind) + " " + scopeToken(scopeKey));
            insert.executeUpdate();
        }
    }

    /**
     * The token a document of {@code kind} carries in its facets column: "k" and the hex of the kind's code (SQLite's
     * {@code hex()} of its UTF-8, as migration V8 writes it), one word whatever the code's punctuation.
     */
    static String kindToken(ResourceKind kind) {
        return "k" + hex(kind.code());
    }

    /** The token of a document cached in the scope keyed {@code scopeKey}: "s" and the hex of the key. */
    static String scopeToken(String scopeKey) {
        return "s" + hex(scopeKey);
    }

    private static String hex(String text) {
        return java.util.HexFormat.of().withUpperCase().formatHex(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Drops the documents of a resource and everything below it. */
    static void unindexSubtree(Connection c, String scopeKey, String idKey) throws SQLException {
        String docs = "SELECT doc FROM search_doc WHERE scope_key = ? AND (id_key = ? OR (id_key >= ? AND id_key < ?))";
        run(c, "DELETE FROM search_fts WHERE rowid IN (" + docs + ")", scopeKey, idKey, idKey + "/", idKey + "0");
        run(c, "DELETE FROM search_doc WHERE doc IN (" + docs + ")", scopeKey, idKey, idKey + "/", idKey + "0");
    }

    private static long document(Connection c, String scopeKey, String idKey) throws SQLException {
        run(c, "INSERT OR IGNORE INTO search_doc (scope_key, id_key) VALUES (?, ?)", scopeKey, idKey);
        try (PreparedStatement s = c.prepareStatement("SELECT doc FROM search_doc WHERE scope_key = ? AND id_key = ?")) {
            s.setString(1, scopeKey);
            s.setString(2, idKey);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Every text value of {@code json}, but for the fields {@code skipped} names: what the kind says is cached (and
     * indexed) as rows of their own, such as the private endpoint connections a registry carries.
     */
    static String body(JsonNode json, java.util.Set<String> skipped) {
        StringBuilder text = new StringBuilder();
        collect(json, null, text, skipped);
        return text.length() > MAX_BODY ? text.substring(0, MAX_BODY) : text.toString();
    }

    private static void collect(JsonNode node, String field, StringBuilder text, java.util.Set<String> skipped) {
        if (text.length() > MAX_BODY) {
            return;
        }
        if (node.isTextual()) {
            text.append(node.asText()).append(' ');
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (skipped.contains(f.getKey())) {
                    continue;
                }
                if ("tags".equals(field)) {
                    text.append(f.getKey()).append(' '); // a tag's key is searched as well as its value
                }
                collect(f.getValue(), f.getKey(), text, skipped);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, field, text, skipped));
        }
    }

    private static void run(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
