package dev.acrconsole.sandbox;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/** Microsoft's examples for the contract tests, or a skip that says, once per run and loudly, how to get them. */
final class Contract {

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private Contract() {
    }

    static Path examples() {
        Optional<Path> dir = ArmExampleFiles.find();
        if (dir.isEmpty() && WARNED.compareAndSet(false, true)) {
            System.err.println("*** CONTRACT TESTS SKIPPED: " + ArmExampleFiles.howToGetThem());
        }
        Assumptions.assumeTrue(dir.isPresent(), ArmExampleFiles::howToGetThem);
        return dir.get();
    }
}
