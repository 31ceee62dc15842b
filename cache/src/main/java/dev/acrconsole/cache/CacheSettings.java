package dev.acrconsole.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Settings about the cache itself, kept in it (e.g. how long the change log is kept). */
public final class CacheSettings {
    private final CacheDatabase db;

    public CacheSettings(CacheDatabase db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public int getInt(String key, int fallback) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return fallback; // a hand-edited value that is no number: the default, as if it were unset
            }
        }).orElse(fallback);
    }

    public void put(String key, String value) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)")) {
                s.setString(1, key);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }
}
