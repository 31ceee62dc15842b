package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.cache.CacheDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved extra CA file that has gone missing is said once, in one line, at the next start; no CA, nothing said. */
class NetworkProblemTest {
    @TempDir
    Path dir;

    @Test
    void aMissingCaFileIsNamedAndNoCaFileIsNoProblem() throws Exception {
        Path data = dir.resolve("data");
        try (SandboxCloud cloud = SandboxCloud.start(dir); CacheDatabase db = CacheDatabase.open(data, Kinds.CATALOG.cachePolicy())) {
            assertThat(reopen(data, db).networkProblem()).as("nothing saved yet").isEmpty();

            cloud.accounts(data, SandboxCloud.store(db)); // saves the sandbox's certificate as the extra CA
            assertThat(reopen(data, db).networkProblem()).as("the CA file reads").isEmpty();

            Files.delete(cloud.certificate);
            assertThat(reopen(data, db).networkProblem()).hasValueSatisfying(problem -> assertThat(problem)
                    .startsWith("Network settings not applied: ").contains(cloud.certificate.toString()).doesNotContain("\n"));
        }
    }

    private static Accounts reopen(Path data, CacheDatabase db) {
        return new Accounts(data, SandboxCloud.store(db), Kinds.CATALOG, Clock.systemUTC(), Map.of(), Keyring.probe(data));
    }
}
