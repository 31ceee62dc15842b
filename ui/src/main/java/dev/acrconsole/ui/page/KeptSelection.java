package dev.acrconsole.ui.page;

import dev.acrconsole.app.kind.Row;
import java.util.List;

/**
 * Which row a table selects after its rows are read again: the one asked for (e.g. a search result opened here) once
 * it shows, else the one that was selected, if it is still there.
 */
public final class KeptSelection {
    private String wantedId;

    /** Selects the row with {@code id} as soon as it shows; null asks for nothing. */
    public void want(String id) {
        wantedId = id;
    }

    /** Whether a row asked for has not shown yet. */
    public boolean waiting() {
        return wantedId != null;
    }

    /** The row to select among {@code rows}, given the one selected before ({@code was}, may be null). */
    public Row pick(List<Row> rows, Row was) {
        String keep = wantedId != null ? wantedId : was == null ? null : was.id();
        Row row = keep == null ? null : rows.stream().filter(r -> r.id().equalsIgnoreCase(keep)).findFirst().orElse(null);
        if (row != null) {
            wantedId = null;
        }
        return row;
    }
}
