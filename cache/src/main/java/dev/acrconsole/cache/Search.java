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
 * hosts ...) with SQLite FTS5. What is typed (see {@link #SYNTAX}): words, each matching as a prefix, all required;
 * a quoted phrase, its whole words next to each other in that order; {@code -word} or {@code -"phrase"} leaves out what
 * has it. Name matches come first.
 */
public final class Search {
    /** How a query is read, in the words the search box's prompt and docs/reliability.md use. */
    public static final String SYNTAX = "Every word must match (as the start of a word); \"a phrase\" matches those words"
            + " together; -word leaves out what has it. AND is implied, NOT is -, a trailing * is implied; OR is not"
            + " supported (search twice).";

    private static final int NAME_CANDIDATES = 2000;
    private static final String TEXT_COLUMNS = "{name body}";
    private static final java.util.Set<String> HASHES = java.util.Set.of("sha256", "sha384", "sha512");

    private final CacheDatabase db;

    public Search(CacheDatabase db) {
        this.db = db;
    }

    /**
     * Up to {@code limit} hits for {@code text}, in {@code scope} (null: every scope), of the given kinds (empty: all).
     * Nothing to look for (blank, or only exclusions) finds nothing; {@link #note} says why.
     */
    public List<SearchHit> find(String text, CacheScope scope, Collection<ResourceKind> kinds, int limit) {
        Query query = Query.parse(text);
        Terms terms = Terms.of(query);
        if (terms == null) {
            return List.of();
        }
        return db.read(c -> {
            Map<String, SearchHit> hits = new LinkedHashMap<>();
            collect(c, terms.nameOnly(), true, scope, kinds, limit, hits);
            int byName = hits.size();
            if (hits.size() < limit) {
                collect(c, terms, false, scope, kinds, limit, hits);
            }
            List<SearchHit> found = new ArrayList<>(hits.values());
            namedFirst(found.subList(byName, found.size()), query);
            return found;
        });
    }

    /**
     * Among hits found in their text, those named by a word typed come first, in index order otherwise: a login server
     * ("contosoprodacr.azurecr.io") finds its registry first, then what points at it. Index order alone depended on
     * which listing a concurrent refresh wrote first.
     */
    private static void namedFirst(List<SearchHit> textHits, Query query) {
        java.util.Set<String> words = new java.util.HashSet<>();
        query.wanted().forEach(t -> words.addAll(t.words()));
        textHits.sort(java.util.Comparator.comparing(
                (SearchHit h) -> h.name() == null || !words.contains(h.name().toLowerCase(Locale.ROOT))));
    }

    /**
     * What the user should know about how {@code text} was read, or null: an operator this search does not have, or
     * nothing left to look for.
     */
    public static String note(String text) {
        Query q = Query.parse(text);
        if (q.wanted().isEmpty() && !q.excluded().isEmpty()) {
            return "Nothing to look for: -word only leaves out. Add a word to find.";
        }
        return q.orIgnored() ? "OR is not supported: every word must match. Search for each separately." : null;
    }

    /** A word, or a phrase's words (next to each other, whole). */
    record Term(List<String> words, boolean phrase) {
        /** As FTS5 is asked: a phrase whole, a word as a prefix. */
        String fts() {
            String quoted = "\"" + String.join(" ", words) + "\"";
            return phrase ? quoted : quoted + "*";
        }

        /** As left out: a word of one or two letters whole, since as a prefix it would leave out nearly everything. */
        String ftsExcluded() {
            return phrase || words.getFirst().length() >= 3 ? fts() : "\"" + words.getFirst() + "\"";
        }
    }

    /**
     * What was typed, read: {@code wanted} terms all required, {@code excluded} ones none. AND is implied and skipped,
     * NOT is a "-" before the next term, OR is skipped ({@code orIgnored}); each only in capitals, so "and" and "or"
     * are words. Quotes make a phrase (an unclosed one runs to the end). Apart from that, punctuation separates words,
     * so a trailing "*" (a prefix, which every word is) and digests' ":" are dropped.
     */
    record Query(List<Term> wanted, List<Term> excluded, boolean orIgnored) {
        static Query parse(String text) {
            List<Term> wanted = new ArrayList<>();
            List<Term> excluded = new ArrayList<>();
            boolean or = false;
            boolean not = false;
            String t = text == null ? "" : text;
            int i = 0;
            while (i < t.length()) {
                if (Character.isWhitespace(t.charAt(i))) {
                    i++;
                    continue;
                }
                boolean minus = t.charAt(i) == '-' && i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
                int from = minus ? i + 1 : i;
                boolean phrase = t.charAt(from) == '"';
                int end = phrase ? closingQuote(t, from) : endOfToken(t, from);
                String raw = t.substring(phrase ? from + 1 : from, end);
                i = phrase ? Math.min(end + 1, t.length()) : end;
                if (!phrase && !minus && (raw.equals("AND") || raw.equals("OR") || raw.equals("NOT"))) {
                    or |= raw.equals("OR");
                    not = raw.equals("NOT");
                    continue;
                }
                List<String> words = words(raw);
                if (words.isEmpty()) {
                    continue;
                }
                if (minus || not) {
                    // Left out together: "-sha256:4f3a" is that digest, not every digest.
                    excluded.add(new Term(words, phrase || words.size() > 1));
                } else if (phrase) {
                    wanted.add(new Term(words, true));
                } else {
                    words.forEach(w -> wanted.add(new Term(List.of(w), false)));
                }
                not = false;
            }
            return new Query(wanted, excluded, or);
        }

        private static int closingQuote(String t, int open) {
            int close = t.indexOf('"', open + 1);
            return close < 0 ? t.length() : close;
        }

        private static int endOfToken(String t, int from) {
            int i = from;
            while (i < t.length() && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '"') {
                i++;
            }
            return i;
        }
    }

    /**
     * What is asked of the index ({@code match}) and what is checked in the text of its hits ({@code fragments}): a
     * word of one or two letters as a prefix would expand to most of the index's terms (every token starting with
     * "a"), so while longer terms are there it is looked for in their hits' text instead. {@code exclude} is the
     * FTS5 expression of what to leave out, or null; {@code columns} the column filter both are asked in (the facets
     * column is never searched for what was typed: "s61" would match a scope's token).
     */
    record Terms(String match, List<String> fragments, String exclude, String columns) {
        static Terms of(Query q) {
            if (q.wanted().isEmpty()) {
                return null;
            }
            List<String> match = new ArrayList<>();
            List<String> shorter = new ArrayList<>();
            for (Term term : q.wanted()) {
                String w = term.words().getFirst();
                if (term.phrase() || w.length() >= 3 && !HASHES.contains(w)) { // a hash name is in every digest
                    match.add(term.fts());
                } else if (!HASHES.contains(w)) {
                    shorter.add(w);
                }
            }
            String exclude = q.excluded().isEmpty() ? null
                    : String.join(" OR ", q.excluded().stream().map(Term::ftsExcluded).toList());
            if (match.isEmpty()) { // nothing longer to narrow by: every term goes to the index
                return new Terms(String.join(" AND ", q.wanted().stream().map(Term::fts).toList()), List.of(), exclude,
                        TEXT_COLUMNS);
            }
            return new Terms(String.join(" AND ", match), List.copyOf(shorter), exclude, TEXT_COLUMNS);
        }

        /** The same, matched in names only (exclusions still look at everything). */
        Terms nameOnly() {
            return new Terms(match, fragments, exclude, "name");
        }

        /** The FTS5 expression: what is wanted within {@code facets} (null: anywhere), less what is excluded. */
        String expression(String facets) {
            String wanted = columns + " : (" + match + ")" + (facets == null ? "" : " AND " + facets);
            return exclude == null ? wanted : "(" + wanted + ") NOT " + TEXT_COLUMNS + " : (" + exclude + ")";
        }
    }

    /** The kinds and scope asked for, as an FTS5 expression over the facets column; null when neither is. */
    static String facets(CacheScope scope, Collection<ResourceKind> kinds) {
        List<String> parts = new ArrayList<>();
        if (scope != null) {
            parts.add("facets : \"" + SearchIndex.scopeToken(scope.key()) + "\"");
        }
        if (!kinds.isEmpty()) {
            parts.add("facets : (" + kinds.stream().map(k -> "\"" + SearchIndex.kindToken(k) + "\"")
                    .collect(Collectors.joining(" OR ")) + ")");
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
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
        // in index order. The kind and scope are asked of the index too (its facets), and the index is read first
        // (CROSS JOIN keeps that order): starting from the kind's rows and probing the index for each took seconds.
        String docs = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
                + " AND instr(lower(name || ' ' || body), ?) > 0".repeat(terms.fragments().size())
                + (byName ? " LIMIT " + NAME_CANDIDATES : "");
        String sql = "SELECT r.scope_key, r.id, r.kind, r.name, r.type, r.fetched_at FROM (" + docs + ") f"
                + " CROSS JOIN search_doc d ON d.doc = f.rowid"
                + " CROSS JOIN resource r ON r.scope_key = d.scope_key AND r.id_key = d.id_key"
                + (byName ? " ORDER BY length(r.name), r.name" : "")
                + " LIMIT ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 0;
            s.setString(++i, terms.expression(facets(scope, kinds)));
            for (String fragment : terms.fragments()) {
                s.setString(++i, fragment);
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
