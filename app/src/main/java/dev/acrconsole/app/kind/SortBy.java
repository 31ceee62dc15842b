package dev.acrconsole.app.kind;

/** A table sorted by the column with this header, ascending or descending (a kind's default: tags newest first). */
public record SortBy(String column, boolean descending) {
    public static SortBy ascending(String column) {
        return new SortBy(column, false);
    }

    public static SortBy descending(String column) {
        return new SortBy(column, true);
    }
}
