package dev.acrconsole.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/** Really damages a closed cache file, as a disk or a crash of the file system would: no mock. */
final class Damage {
    private Damage() {}

    /**
     * Overwrites the {@code nth} leaf page of {@code table}'s b-tree (found with SQLite's dbstat) with noise; returns
     * the page's number. The file must be closed and its WAL folded in (a clean close does both).
     */
    static long leafPage(Path file, String table, int nth) throws SQLException, IOException {
        long page;
        int size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + table + "' AND pagetype = 'leaf'"
                    + " ORDER BY pageno LIMIT 1 OFFSET " + nth)) {
                if (!rs.next()) {
                    throw new IllegalStateException(table + " has no leaf page " + nth);
                }
                page = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                rs.next();
                size = rs.getInt(1);
            }
        }
        if (Files.exists(Path.of(file + "-wal")) && Files.size(Path.of(file + "-wal")) > 0) {
            throw new IllegalStateException("the WAL still holds pages: the damage would be hidden by them");
        }
        byte[] noise = new byte[size];
        new Random(page).nextBytes(noise);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(noise), (page - 1) * size);
        }
        return page;
    }

    /** How many leaf pages {@code table} has. */
    static int leafPages(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM dbstat WHERE name = '" + table + "' AND pagetype = 'leaf'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
