package dev.acrconsole.ui;

import dev.acrconsole.cache.CacheSettings;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.PageFixture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Random;

/**
 * A data dir as a user has it (the sandbox's sample refreshed into a real cache, a finished operation, a setting),
 * closed cleanly and then really damaged: noise over the first leaf page of the resource table, which the check at
 * open reads. The cache module's tests do the same at the level of the file (cache's Damage).
 */
public final class DamagedCaches {
    public static final String SETTING = "retention.changes.days";

    private DamagedCaches() {}

    /** Fills {@code dataDir}, closes it, damages it; returns the id of the journaled operation. */
    public static String damagedDataDir(Path dataDir) throws SQLException, IOException {
        String op = "op-before-the-damage";
        try (PageFixture f = PageFixture.sandbox(dataDir)) {
            new CacheSettings(f.services.database()).put(SETTING, "42");
            String target = f.sandbox().data().registries().getFirst().id();
            f.services.journal().save(Operation.pending(op, f.scope(), "registry.update", "Update registry", target, null,
                    null, "PATCH", target, "{}", Operation.After.refresh, null, Instant.now())
                    .finished(Operation.State.Succeeded, null, null, Instant.now()));
        }
        damageFirstLeaf(dataDir.resolve("cache.db"), "resource");
        return op;
    }

    /** Noise over the first leaf page of {@code table}'s b-tree, found with SQLite's dbstat. */
    public static void damageFirstLeaf(Path file, String table) throws SQLException, IOException {
        long page;
        int size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // The first leaf in the b-tree's order (what "SELECT ... LIMIT 1" reads, as the check at open does): since
            // Resource Graph's inventory caches more rows, the middle leaf may hold none the start reads.
            try (ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + table + "' AND pagetype = 'leaf'"
                    + " ORDER BY path LIMIT 1")) {
                rs.next();
                page = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                rs.next();
                size = rs.getInt(1);
            }
        }
        byte[] noise = new byte[size];
        new Random(page).nextBytes(noise);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(noise), (page - 1) * size);
        }
    }
}
