package dev.acrconsole.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What differs between two caches (two snapshots, or a snapshot and the live cache), in the change log's terms:
 * resources added, removed, and watched fields changed. Nothing is written.
 */
public final class Comparison {
    private record Row(String scopeKey, String id, String kind, String name, String watch) {}

    private Comparison() {}

    /** The changes from {@code before} to {@code after}, stamped {@code at}. */
    public static List<Change> diff(CacheDatabase before, CacheDatabase after, Instant at) {
        Map<String, Row> old = rows(before);
        Map<String, Row> now = rows(after);
        List<Change> out = new ArrayList<>();
        for (Map.Entry<String, Row> e : now.entrySet()) {
            Row n = e.getValue();
            Row o = old.remove(e.getKey());
            if (o == null) {
                out.add(change(n, Change.What.added, null, null, null, at));
                continue;
            }
            Map<String, String> a = ChangeRules.parse(o.watch());
            Map<String, String> b = ChangeRules.parse(n.watch());
            Set<String> fields = new LinkedHashSet<>(a.keySet());
            fields.addAll(b.keySet());
            for (String f : fields) {
                if (!Objects.equals(a.get(f), b.get(f))) {
                    out.add(change(n, Change.What.changed, f, a.get(f), b.get(f), at));
                }
            }
        }
        old.values().forEach(o -> out.add(change(o, Change.What.removed, null, null, null, at)));
        return out;
    }

    private static Change change(Row r, Change.What what, String field, String before, String after, Instant at) {
        return new Change(0, at, CacheScope.fromKey(r.scopeKey()), r.id(), r.kind(), r.name(), what, field, before, after);
    }

    private static Map<String, Row> rows(CacheDatabase db) {
        return db.read(c -> {
            Map<String, Row> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT scope_key, id_key, id, kind, name, watch FROM resource ORDER BY scope_key, id_key");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "|" + rs.getString(2),
                            new Row(rs.getString(1), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        });
    }
}
