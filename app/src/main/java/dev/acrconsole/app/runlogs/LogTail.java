package dev.acrconsole.app.runlogs;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Reads a log blob from an offset to its end, and while the run writes it, keeps reading (like {@code az acr task
 * logs}): after new output it asks again in about a second, while nothing comes it backs off to 15 s, and it stops
 * once the blob's metadata says {@code Complete} and nothing is left. A link that expired is asked for again.
 */
final class LogTail {
    /** Bytes per ranged read: large, so a finished 50 MB log is read in fifty requests, not thousands. */
    static final int RANGE = 1 << 20;

    /** Where the bytes go. */
    interface Sink {
        void bytes(byte[] data) throws IOException;
    }

    /** Waits; replaced in tests. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final BlobReads blobs;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    LogTail(BlobReads blobs, Sleeper sleeper, RandomGenerator random) {
        this.blobs = blobs;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** Returns once the log is complete (true) or {@code stop} said so (false). */
    boolean follow(Supplier<URI> link, long from, Sink sink, BooleanSupplier stop) throws IOException, InterruptedException {
        URI sas = link.get();
        long offset = from;
        Duration delay = null;
        boolean renewed = false;
        while (!stop.getAsBoolean()) {
            BlobReads.Chunk chunk;
            try {
                chunk = blobs.read(sas, offset, RANGE);
                renewed = false;
            } catch (BlobReads.LogUnavailableException e) {
                if (e.status != 403 || renewed) {
                    throw e;
                }
                sas = link.get(); // SAS links expire (ACR's last an hour): ask ARM for a fresh one, once
                renewed = true;
                continue;
            }
            if (chunk.bytes().length > 0) {
                sink.bytes(chunk.bytes());
                offset += chunk.bytes().length;
                if (chunk.bytes().length == RANGE) {
                    continue; // more is already there
                }
            }
            if (chunk.complete()) {
                BlobReads.Chunk last = blobs.read(sas, offset, RANGE); // the run's last line may have come with the marker
                if (last.bytes().length == 0) {
                    return true;
                }
                sink.bytes(last.bytes());
                offset += last.bytes().length;
                continue;
            }
            delay = TailDelay.next(delay, chunk.bytes().length > 0, random);
            sleeper.sleep(delay);
        }
        return false;
    }
}
