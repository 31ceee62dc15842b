package dev.acrconsole.ui.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.guard.Guard;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.tasks.TaskCommands;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production and read-only mode without the toolkit: what reaches the sandbox, and what the user is told. */
class GuardViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aDeleteBelowAProductionGroupIsSentOnlyOnceItsNameIsTyped() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodacr");
            f.fetch(registry, TaskKind.KIND);
            Row task = f.child(registry, TaskKind.KIND, "nightly-scan");
            String group = registry.id().substring(0, registry.id().indexOf("/providers/"));
            Guard guard = f.services.guard();
            guard.mark(group, true);
            List<String> asked = new ArrayList<>();
            guard.confirmer((name, action) -> {
                asked.add(name);
                return CompletableFuture.completedFuture(false); // Cancel, or a name typed wrong
            });
            int requests = f.sandbox().requestCount();

            new TaskCommands(f.context).delete(task);

            PageFixture.waitFor("the refusal", () -> !f.notices.isEmpty());
            assertThat(asked).containsExactly("nightly-scan");
            assertThat(f.notices).containsExactly("Delete task nightly-scan was not sent: nightly-scan is in production, "
                    + "and its name was not typed.");
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).as("nothing journaled").isEmpty();

            guard.confirmer((name, action) -> CompletableFuture.completedFuture(true));
            new TaskCommands(f.context).delete(task);
            PageFixture.waitFor("the delete to end", () -> f.services.journal().all().stream()
                    .anyMatch(op -> op.state() == Operation.State.Succeeded));
            assertThat(f.sandbox().state().exists(task.id())).isFalse();
            assertThat(new SettingsAfterRestart(dir).production(task.id())).as("the mark is in the settings file").isTrue();
        }
    }

    @Test
    void inReadOnlyModeNothingCanChangeAndASubmitIsRefusedWithoutARequest() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodacr");
            f.fetch(registry, TaskKind.KIND);
            Row task = f.child(registry, TaskKind.KIND, "nightly-scan");
            assertThat(f.context.online()).isTrue();
            f.services.guard().readOnly(true);
            int requests = f.sandbox().requestCount();

            assertThat(f.context.online()).as("every write action is disabled where it asks this").isFalse();
            new TaskCommands(f.context).setEnabled(task, false);

            PageFixture.waitFor("the refusal", () -> !f.notices.isEmpty());
            assertThat(f.notices).containsExactly(Guard.READ_ONLY_MESSAGE);
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    /** The guard a restart makes from the same data dir. */
    private record SettingsAfterRestart(Path dir) {
        boolean production(String id) {
            return GuardSetup.guard(dir).production(id);
        }
    }
}
