package dev.acrconsole.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/**
 * The complete log of a finished sample run, generated on demand: lines come in blocks of {@value #BLOCK} made from a
 * seed per block, so any byte range can be served by generating only the blocks it touches. Block offsets are
 * worked out on first use (generating each block once and keeping only its length); a 50 MB log is never held.
 */
final class GeneratedLog implements LogBlob {

    static final int BLOCK = 1000;

    private final String runId;
    private final long seed;
    private final long lines;
    private final Instant start;
    private final long nanosPerLine;
    private final boolean succeeded;
    private long[] offsets; // offsets[b] = first byte of block b; offsets[blocks] = length
    private int cachedBlock = -1;
    private byte[] cached;

    GeneratedLog(String runId, long seed, long lines, Instant start, Instant end, boolean succeeded) {
        this.runId = runId;
        this.seed = seed;
        this.lines = Math.max(2, lines);
        this.start = start;
        this.nanosPerLine = Math.max(1, Duration.between(start, end).toNanos() / this.lines);
        this.succeeded = succeeded;
    }

    @Override
    public synchronized long length() {
        return offsets()[blocks()];
    }

    @Override
    public boolean complete() {
        return true;
    }

    @Override
    public synchronized byte[] read(long from, long to) {
        long[] o = offsets();
        byte[] out = new byte[(int) (to - from)];
        int found = Arrays.binarySearch(o, from);
        int b = found >= 0 ? found : -found - 2;
        long at = from;
        while (at < to) {
            byte[] block = block(b);
            int inBlock = (int) (at - o[b]);
            int n = (int) Math.min(block.length - inBlock, to - at);
            System.arraycopy(block, inBlock, out, (int) (at - from), n);
            at += n;
            b++;
        }
        return out;
    }

    private int blocks() {
        return (int) ((lines + BLOCK - 1) / BLOCK);
    }

    private long[] offsets() {
        if (offsets == null) {
            long[] o = new long[blocks() + 1];
            for (int b = 0; b < blocks(); b++) {
                o[b + 1] = o[b] + render(b).length;
            }
            offsets = o;
        }
        return offsets;
    }

    private byte[] block(int b) {
        if (b != cachedBlock) {
            cached = render(b);
            cachedBlock = b;
        }
        return cached;
    }

    private byte[] render(int b) {
        Random random = new Random(seed * 1_000_003L + b);
        StringBuilder text = new StringBuilder(BLOCK * 100);
        long last = Math.min(lines, (long) (b + 1) * BLOCK);
        for (long i = (long) b * BLOCK; i < last; i++) {
            Instant at = start.plusNanos(i * nanosPerLine);
            text.append(i == lines - 1 && !succeeded ? LogLines.failure(at, runId, "failed")
                    : LogLines.line(random, i, lines, at, runId));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
