package dev.acrconsole.app.runlogs;

import java.nio.charset.StandardCharsets;

/**
 * Finds text in a log, line by line, ignoring case and ANSI codes (it matches what the viewer shows). Lines without an
 * escape code are searched as bytes, without making strings, so a 50 MB log is searched end to end in well under a
 * second. Runs in the background; {@code stop} lets a newer search call off an older one.
 */
public final class LogSearch {
    private LogSearch() {}

    /** The first line after (forward) or before {@code from} containing {@code query}, or -1. */
    public static int find(LogDocument doc, String query, int from, boolean forward, java.util.function.BooleanSupplier stop) {
        if (query == null || query.isEmpty()) {
            return -1;
        }
        byte[] needle = lower(query.getBytes(StandardCharsets.UTF_8));
        String lowerQuery = query.toLowerCase();
        int count = doc.lineCount();
        for (int i = forward ? from + 1 : from - 1; forward ? i < count : i >= 0; i += forward ? 1 : -1) {
            if ((i & 0xfff) == 0 && stop.getAsBoolean()) {
                return -1;
            }
            byte[] line = doc.lineBytes(i);
            if (contains(line, (byte) 0x1b) ? Ansi.strip(new String(line, StandardCharsets.UTF_8)).toLowerCase().contains(lowerQuery)
                    : indexOf(line, needle) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every line containing {@code query}, in order (none for an empty query); null if {@code stop} called it off. The
     * viewer counts them and wraps around with them.
     */
    public static int[] lines(LogDocument doc, String query, java.util.function.BooleanSupplier stop) {
        if (query == null || query.isEmpty()) {
            return new int[0];
        }
        java.util.stream.IntStream.Builder found = java.util.stream.IntStream.builder();
        int count = doc.lineCount();
        for (int line = find(doc, query, -1, true, stop); line >= 0; line = line + 1 < count ? find(doc, query, line, true, stop) : -1) {
            found.add(line);
        }
        return stop.getAsBoolean() ? null : found.build().toArray();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (lower(hay[i + j]) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    private static byte[] lower(byte[] bytes) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = lower(out[i]);
        }
        return out;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
