package dev.acrconsole.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Searches every cached resource (names, ids, login servers, tags, run ids, image names and digests, status texts,
 * hosts ...) with SQLite FTS5. Each word typed matches as a prefix; all must match. Name matches come first.
 */
public final class Search {
    private static final int NAME_CANDIDATES = 2000;
    private static final java.util.Set<String> HASHES = java.util.Set.of("sha256", "sha384", "sha512");

    private final CacheDatabase db;

    public Search(CacheDatabase db) {
        this.db = db;
    }

    /**
     * Up to {@code limit} hits for {@code text}, in {@code scope} (null: every scope), of the given kinds (empty: all).
     */
    public List<SearchHit> find(String text, CacheScope scope, Collection<ResourceKind> kinds, int limit) {
        Terms terms = Terms.of(text);
        if (terms == null) {
            return List.of();
        }
        return db.read(c -> {
            Map<String, SearchHit> hits = new LinkedHashMap<>();
            collect(c, new Terms("name : (" + terms.match() + ")", terms.fragments()), true, scope, kinds, limit, hits);
            if (hits.size() < limit) {
                collect(c, terms, false, scope, kinds, limit, hits);
            }
            return new ArrayList<>(hits.values());
        });
    }

    /**
     * What is asked of the index ({@code match}) and what is checked in the text of its hits ({@code fragments}): a
     * word of one or two letters as a prefix would expand to most of the index's terms (every token starting with
     * "a"), so while longer words are there it is looked for in their hits' text instead.
     */
    record Terms(String match, List<String> fragments) {
        static Terms of(String text) {
            List<String> words = words(text);
            if (words.isEmpty()) {
                return null;
            }
            List<String> longer = new ArrayList<>();
            List<String> shorter = new ArrayList<>();
            for (String w : words) {
                if (!HASHES.contains(w)) { // in every digest: "sha256:4f3a" narrows by its hex alone
                    (w.length() >= 3 ? longer : shorter).add(w);
                }
            }
            return longer.isEmpty() ? new Terms(allOf(words), List.of()) : new Terms(allOf(longer), List.copyOf(shorter));
        }
    }

    /** Each word as a quoted prefix term, all required. */
    private static String allOf(List<String> words) {
        return String.join(" AND ", words.stream().map(w -> "\"" + w + "\"*").toList());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static void collect(java.sql.Connection c, Terms terms, boolean byName, CacheScope scope,
                                Collection<ResourceKind> kinds, int limit, Map<String, SearchHit> hits) throws SQLException {
        // Name hits come shortest name first (the name that is nothing but the word), among the first few thousand
        // the index gives: sorting every match of a common prefix in a million rows would cost seconds. Text hits come
        // in index order.
        String docs = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
                + " AND instr(lower(name || ' ' || body), ?) > 0".repeat(terms.fragments().size())
                + (byName ? " LIMIT " + NAME_CANDIDATES : "");
        String sql = "SELECT r.scope_key, r.id, r.kind, r.name, r.type, r.fetched_at FROM (" + docs + ") f"
                + " JOIN search_doc d ON d.doc = f.rowid"
                + " JOIN resource r ON r.scope_key = d.scope_key AND r.id_key = d.id_key"
                + " WHERE 1 = 1"
                + (scope == null ? "" : " AND r.scope_key = ?")
                + (kinds.isEmpty() ? "" : " AND r.kind IN (" + kinds.stream().map(k -> "?").collect(Collectors.joining(",")) + ")")
                + (byName ? " ORDER BY length(r.name), r.name" : "")
                + " LIMIT ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 0;
            s.setString(++i, terms.match());
            for (String fragment : terms.fragments()) {
                s.setString(++i, fragment);
            }
            if (scope != null) {
                s.setString(++i, scope.key());
            }
            for (ResourceKind k : kinds) {
                s.setString(++i, k.code());
            }
            s.setInt(++i, limit + hits.size());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && hits.size() < limit) {
                    String key = rs.getString(1) + "|" + rs.getString(2).toLowerCase(Locale.ROOT);
                    hits.putIfAbsent(key, new SearchHit(CacheScope.fromKey(rs.getString(1)), rs.getString(2),
                            ResourceKind.of(rs.getString(3)), rs.getString(4), rs.getString(5),
                            Instant.ofEpochMilli(rs.getLong(6)), byName));
                }
            }
        }
    }
}
