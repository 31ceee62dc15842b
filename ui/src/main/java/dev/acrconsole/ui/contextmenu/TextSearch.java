package dev.acrconsole.ui.contextmenu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finding text in a read-only text (View JSON): every match of a query, ignoring case, and the next one after where the
 * user is, wrapping around at the end. Plain Java, tested without the toolkit.
 */
public final class TextSearch {
    private final String text;
    private final String lower;
    private List<Integer> matches = List.of();
    private String query = "";
    private int current = -1;

    public TextSearch(String text) {
        this.text = text == null ? "" : text;
        this.lower = this.text.toLowerCase(Locale.ROOT);
    }

    /** Finds every match of {@code q}; none for a blank query. Returns how many. */
    public int search(String q) {
        query = q == null ? "" : q;
        current = -1;
        List<Integer> found = new ArrayList<>();
        if (!query.isEmpty()) {
            String needle = query.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
                found.add(at);
            }
        }
        matches = List.copyOf(found);
        return matches.size();
    }

    /** The next match after the current one (the first after the last): its start, or -1 when there is none. */
    public int next() {
        if (matches.isEmpty()) {
            return -1;
        }
        current = (current + 1) % matches.size();
        return matches.get(current);
    }

    public int count() {
        return matches.size();
    }

    public int queryLength() {
        return query.length();
    }

    /** "2 of 5", "No matches", or nothing for no query. */
    public String status() {
        if (query.isEmpty()) {
            return "";
        }
        if (matches.isEmpty()) {
            return "No matches";
        }
        return (current < 0 ? matches.size() + (matches.size() == 1 ? " match" : " matches")
                : (current + 1) + " of " + matches.size());
    }

    public String text() {
        return text;
    }
}
