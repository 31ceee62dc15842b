package dev.acrconsole.cache;

import java.nio.file.Path;

/** A second process for {@link DataDirLockTest}: takes the data dir's lock, says so, and holds it until stdin closes. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (DataDirLock lock = DataDirLock.tryAcquire(Path.of(args[0])).orElseThrow()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the lock until the test closes our stdin (or kills us)
            }
        }
    }
}
