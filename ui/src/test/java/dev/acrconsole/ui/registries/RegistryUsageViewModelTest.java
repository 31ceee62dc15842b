package dev.acrconsole.ui.registries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry's usage section without the toolkit: read from ARM when connected, said so offline, hidden elsewhere. */
class RegistryUsageViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aRegistrysUsageIsReadAgainstItsSkusLimitsAndOfflineItSaysWhy() {
        String id;
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("contosoprodacr");
            id = registry.id();
            RegistryUsageViewModel m = new RegistryUsageViewModel(f.context);

            PageFixture.await(m.show(registry));

            assertThat(m.shownProperty().get()).isTrue();
            assertThat(m.textProperty().get()).contains("Size: ").contains(" of ").contains("Webhooks: ");

            PageFixture.await(m.show(f.row(registry.resource().parentId())));
            assertThat(m.shownProperty().get()).as("a resource group has no usage section").isFalse();
        }
        try (PageFixture f = PageFixture.offline(dir)) {
            RegistryUsageViewModel m = new RegistryUsageViewModel(f.context);
            PageFixture.await(m.show(f.row(id)));
            assertThat(m.textProperty().get()).isEqualTo("Usage is read from Azure when connected.");
        }
    }
}
