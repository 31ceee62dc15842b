package dev.acrconsole.ui.registries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a registry without the toolkit: only its name typed exactly sends the delete. */
class DeleteRegistryViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aNameTypedWrongIsRefusedAndTheRightOneDeletesTheRegistryAtArmAndFromTheCache() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosodevsandbox");
            DeleteRegistryViewModel m = new DeleteRegistryViewModel(f.context, registry);
            Messages shown = Messages.of(m, DeleteRegistryViewModel.CONFIRM);
            int requests = f.sandbox().requestCount();
            assertThat(shown.of(DeleteRegistryViewModel.CONFIRM)).as("nothing typed yet").isEmpty();

            m.typedProperty().set("ContosoDevSandbox");
            assertThat(shown.of(DeleteRegistryViewModel.CONFIRM))
                    .isEqualTo("Type contosodevsandbox exactly (letters and case as shown) to confirm.");
            assertThat(m.submit()).isNull();
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();

            m.typedProperty().set("contosodevsandbox");
            assertThat(shown.of(DeleteRegistryViewModel.CONFIRM)).isEmpty();
            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Delete registry contosodevsandbox");
            assertThat(op.method()).isEqualTo("DELETE");
            assertThat(f.sandbox().state().exists(registry.id())).isFalse();
            assertThat(f.find(registry.id())).as("removed from the cache").isEmpty();
        }
    }

    @Test
    void offlineTheRightNameIsRefusedWithANoticeAndNothingIsJournaled() {
        String id;
        try (PageFixture online = PageFixture.sandbox(dir)) {
            id = online.registry("contosocitest").id();
        }
        try (PageFixture f = PageFixture.offline(dir)) {
            Row registry = f.row(id);
            DeleteRegistryViewModel m = new DeleteRegistryViewModel(f.context, registry);
            m.typedProperty().set("contosocitest");

            CompletableFuture<Operation> sent = m.submit();

            assertThat(sent).isCompletedExceptionally();
            assertThat(f.notices).containsExactly(
                    "Offline: nothing can be changed. Start with --sandbox (or sign in) to make changes.");
            assertThat(f.services.journal().all()).isEmpty();
            assertThat(f.find(id)).as("still cached").isPresent();
        }
    }
}
