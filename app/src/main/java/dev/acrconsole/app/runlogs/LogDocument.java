package dev.acrconsole.app.runlogs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run log in memory as bytes (in 256 KB chunks, never one big array or string) with the start of every line indexed,
 * so a viewer can show any line at once and only the lines on screen are ever turned into text. It grows while a run
 * is tailed; appends come from a background thread, reads from the FX thread: every method holds the lock briefly.
 */
public final class LogDocument {
    static final int CHUNK = 256 << 10; // below G1's humongous size: chunks are ordinary young objects

    private final List<byte[]> chunks = new ArrayList<>();
    private long size;
    private long[] starts = new long[4096];
    private int startCount = 1; // starts[0] = 0: the first line starts at the beginning
    private volatile boolean complete;

    public synchronized void append(byte[] data, int offset, int length) {
        for (int i = 0; i < length; ) {
            int inChunk = (int) (size % CHUNK);
            if (inChunk == 0 && chunks.size() * (long) CHUNK == size) {
                chunks.add(new byte[CHUNK]);
            }
            byte[] chunk = chunks.getLast();
            int n = Math.min(length - i, CHUNK - inChunk);
            System.arraycopy(data, offset + i, chunk, inChunk, n);
            for (int k = 0; k < n; k++) {
                if (chunk[inChunk + k] == '\n') {
                    addStart(size + k + 1);
                }
            }
            size += n;
            i += n;
        }
    }

    public void append(byte[] data) {
        append(data, 0, data.length);
    }

    private void addStart(long at) {
        if (startCount == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[startCount++] = at;
    }

    /** Lines so far; a last line still being written counts. */
    public synchronized int lineCount() {
        return starts[startCount - 1] == size ? startCount - 1 : startCount;
    }

    public synchronized long size() {
        return size;
    }

    /** Line {@code i} as written (with its ANSI codes), without its line break. */
    public String line(int i) {
        return new String(lineBytes(i), StandardCharsets.UTF_8);
    }

    synchronized byte[] lineBytes(int i) {
        if (i < 0 || i >= lineCount()) {
            throw new IndexOutOfBoundsException("line " + i + " of " + lineCount());
        }
        long from = starts[i];
        long to = i + 1 < startCount ? starts[i + 1] - 1 : size; // drop the '\n'
        if (to > from && byteAt(to - 1) == '\r') {
            to--;
        }
        byte[] out = new byte[(int) (to - from)];
        for (long at = from; at < to; ) {
            byte[] chunk = chunks.get((int) (at / CHUNK));
            int inChunk = (int) (at % CHUNK);
            int n = (int) Math.min(to - at, CHUNK - inChunk);
            System.arraycopy(chunk, inChunk, out, (int) (at - from), n);
            at += n;
        }
        return out;
    }

    private byte byteAt(long at) {
        return chunks.get((int) (at / CHUNK))[(int) (at % CHUNK)];
    }

    /** Writes every byte so far (Save to file). */
    public void writeTo(OutputStream out) throws IOException {
        long written = 0;
        while (true) {
            byte[] slice;
            synchronized (this) {
                if (written >= size) {
                    return;
                }
                byte[] chunk = chunks.get((int) (written / CHUNK));
                int inChunk = (int) (written % CHUNK);
                int n = (int) Math.min(size - written, CHUNK - inChunk);
                slice = Arrays.copyOfRange(chunk, inChunk, inChunk + n);
            }
            out.write(slice);
            written += slice.length;
        }
    }

    /** True once the run has finished writing it (the blob said so, or it was read from the archive). */
    public boolean complete() {
        return complete;
    }

    void markComplete() {
        complete = true;
    }
}
