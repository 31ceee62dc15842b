package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher's class-data archive lives in a cache folder that a new user does not
 * have yet; the JVM fails its exit if that folder is missing, so the Launcher makes it. (The
 * whole path, a fresh user running the installed app, is in installers/smoke-test.sh: a JVM that
 * dumps an archive needs a class path of jars only, which a test JVM does not have.)
 */
class ClassDataArchiveTest {
    @TempDir
    Path dir;

    @Test
    void createsTheArchiveFolderOfANewUser() {
        Path archive = dir.resolve("home/.cache/acr-console/acr-console.jsa");

        Launcher.prepareClassDataArchive(archive.toString());

        assertThat(archive.getParent()).isEmptyDirectory();
        assertThat(archive).doesNotExist(); // the JVM writes it at exit
    }

    @Test
    void withoutTheOptionNothingIsCreated() {
        Launcher.prepareClassDataArchive(null);
        Launcher.prepareClassDataArchive(" ");

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedNotThrown() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        Launcher.prepareClassDataArchive(file.resolve("acr-console.jsa").toString());

        assertThat(file).isRegularFile();
    }
}
