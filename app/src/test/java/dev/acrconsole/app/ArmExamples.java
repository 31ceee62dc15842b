package dev.acrconsole.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared/arm-examples (Microsoft's published examples) beside the repository. */
public final class ArmExamples {
    private ArmExamples() {}

    public static Path dir() {
        String configured = System.getProperty("acr.armExamples");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("arm-examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find shared/arm-examples beside the repository "
                + "(set -Dacr.armExamples=DIR): the contract tests need Microsoft's examples.");
    }
}
