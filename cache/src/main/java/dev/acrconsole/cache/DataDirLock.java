package dev.acrconsole.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One window per data dir (ADR 0014): an OS file lock on {@code acr-console.lock} in it, held while the window is open.
 * The OS releases it when the process ends however it ends (a kill -9 too), so it is never stale; the file itself
 * stays and says which process last held it.
 */
public final class DataDirLock implements AutoCloseable {
    public static final String FILE_NAME = "acr-console.lock";
    /**
     * The byte that is locked lies past the text: Windows' locks are mandatory, and a lock on the text would keep a
     * second process from reading whose it is.
     */
    private static final long LOCKED_BYTE = 1L << 30;

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the data dir's lock (making the data dir if it is missing), or empty when another process (or another
     * window of this one) holds it: {@link #holder} then says who.
     */
    public static Optional<DataDirLock> tryAcquire(Path dataDir) {
        CacheDatabase.prepareDataDir(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException held) { // by this process: a second window of the same JVM
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            return Optional.of(new DataDirLock(channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CacheException("Cannot lock the data directory " + dataDir + " (" + file + ": " + e.getMessage()
                    + "): check the directory's permissions, or choose another --data-dir.", e);
        }
    }

    /** Who holds (or last held) the lock, as its file says, e.g. "process 1234"; "another process" if it cannot tell. */
    public static String holder(Path dataDir) {
        try {
            String text = Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).trim();
            return text.startsWith("process ") ? text : "another process";
        } catch (IOException | RuntimeException e) {
            return "another process"; // the holder's name only garnishes the message the caller gives
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too; and the OS does when the process ends.
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the process in any case
            }
        }
    }
}
