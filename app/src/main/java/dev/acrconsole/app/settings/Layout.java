package dev.acrconsole.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The window's remembered layout (toolkit-free, what {@code layout.json} in the data dir holds): bounds and maximised
 * state, split divider positions by split id, each table's columns by table id, the tree's expanded nodes and the
 * selection (by key: an ARM id key, or a folder's key).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Layout(Bounds bounds, boolean maximized, Map<String, List<Double>> splits, Map<String, Table> tables,
                     List<String> expanded, String selected) {
    public static final Layout EMPTY = new Layout(null, false, Map.of(), Map.of(), List.of(), null);

    public Layout {
        splits = splits == null ? Map.of() : Map.copyOf(splits);
        tables = tables == null ? Map.of() : Map.copyOf(tables);
        expanded = expanded == null ? List.of() : List.copyOf(expanded);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bounds(double x, double y, double width, double height) {
        /** Whether a rectangle of these bounds shares at least {@code margin} square pixels with {@code other}. */
        public boolean overlaps(double ox, double oy, double ow, double oh, double margin) {
            double w = Math.min(x + width, ox + ow) - Math.max(x, ox);
            double h = Math.min(y + height, oy + oh) - Math.max(y, oy);
            return w > 0 && h > 0 && w * h >= margin;
        }
    }

    /** A table's columns in their shown order, with widths, and its sort (column key and ascending or not, in order). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Table(List<Column> columns, List<Sort> sort) {
        public Table {
            columns = columns == null ? List.of() : List.copyOf(columns);
            sort = sort == null ? List.of() : List.copyOf(sort);
        }
    }

    public record Column(String key, double width) {}

    public record Sort(String key, boolean ascending) {}
}
