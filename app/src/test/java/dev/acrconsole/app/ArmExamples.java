package dev.acrconsole.app;

import dev.acrconsole.sandbox.ArmExampleFiles;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Microsoft's published examples for the contract tests ({@link ArmExampleFiles} says where they are looked for), or
 * a skip of the test that needs them, with one loud line per run saying how to get them.
 */
public final class ArmExamples {
    private ArmExamples() {}

    public static Path dir() {
        Optional<Path> dir = ArmExampleFiles.findOrWarn();
        Assumptions.assumeTrue(dir.isPresent(), ArmExampleFiles::howToGetThem);
        return dir.get();
    }
}
