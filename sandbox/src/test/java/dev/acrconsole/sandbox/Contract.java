package dev.acrconsole.sandbox;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Microsoft's examples for the contract tests, or a skip that says (once per run, loudly) how to get them. */
final class Contract {

    private Contract() {
    }

    static Path examples() {
        Optional<Path> dir = ArmExampleFiles.findOrWarn();
        Assumptions.assumeTrue(dir.isPresent(), ArmExampleFiles::howToGetThem);
        return dir.get();
    }
}
