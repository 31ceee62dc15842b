package dev.acrconsole.app;

import dev.acrconsole.sandbox.ArmExampleFiles;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Assumptions;

/**
 * Microsoft's published examples for the contract tests ({@link ArmExampleFiles} says where they are looked for), or
 * a skip of the test that needs them, with one loud line per run saying how to get them.
 */
public final class ArmExamples {
    private ArmExamples() {}

    /** True (after the loud line) when the examples are nowhere: a test factory then answers {@link #skipped()}. */
    public static boolean missing() {
        return ArmExampleFiles.findOrWarn().isEmpty();
    }

    /** One dynamic test that is skipped for want of the examples, so the run counts the skip. */
    public static Stream<DynamicTest> skipped() {
        return Stream.of(DynamicTest.dynamicTest("Microsoft's examples are needed", ArmExamples::dir));
    }

    public static Path dir() {
        Optional<Path> dir = ArmExampleFiles.findOrWarn();
        Assumptions.assumeTrue(dir.isPresent(), ArmExampleFiles::howToGetThem);
        return dir.get();
    }
}
