package dev.acrconsole.app.kind;

import java.util.Comparator;
import java.util.function.Function;

/**
 * One column of a resource table: its header, how a row fills it (already formatted, from its typed details), and
 * what it sorts by when that is not the text shown (a time as the instant it is, a count as a number); null: the text.
 */
public record TableColumn(String header, Function<Row, String> value, Function<Row, ? extends Comparable<?>> sortKey) {
    public TableColumn(String header, Function<Row, String> value) {
        this(header, value, null);
    }

    /** Rows in this column's ascending order: by its sort key, else its text; a row without a value first. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<Row> order() {
        Function<Row, ? extends Comparable> key = sortKey != null ? (Function) sortKey : value;
        return Comparator.comparing(row -> (Comparable) key.apply(row), Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
