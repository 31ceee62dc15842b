package dev.acrconsole.ui.registries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryUpdate;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The update-registry form without the toolkit: it starts from the cached registry, refuses what the SKU cannot have. */
class UpdateRegistryViewModelTest {
    @TempDir
    Path dir;

    /** The messages the dialog binds under its fields. */
    private static Messages messages(UpdateRegistryViewModel m) {
        return Messages.of(m, RegistryUpdate.SKU, RegistryUpdate.PUBLIC_ACCESS, RegistryUpdate.RETENTION_DAYS, RegistryUpdate.EXPORT);
    }

    @Test
    void itStartsFromTheCachedRegistryAndADowngradeOfAPremiumOnlyRegistryIsRefused() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            UpdateRegistryViewModel m = new UpdateRegistryViewModel(f.context, f.registry("contosoprodacr"));
            Messages shown = messages(m);
            assertThat(m.name()).isEqualTo("contosoprodacr");
            assertThat(m.skuProperty().get()).isEqualTo("Premium");
            assertThat(m.publicAccessProperty().get()).isFalse();
            assertThat(m.adminUserProperty().get()).isFalse();
            assertThat(m.retentionProperty().get()).isTrue();
            assertThat(m.retentionDaysProperty().get()).isEqualTo("30");
            int requests = f.sandbox().requestCount();

            m.skuProperty().set("Standard");
            assertThat(shown.showing()).as("only the field changed says so before OK").containsExactly(Map.entry(
                    RegistryUpdate.SKU, "This registry uses zone redundancy or a dedicated data endpoint: it must stay Premium."));

            assertThat(m.submit()).isNull();
            assertThat(shown.of(RegistryUpdate.PUBLIC_ACCESS)).isEqualTo("Turning off public network access needs the Premium SKU.");
            assertThat(shown.of(RegistryUpdate.RETENTION_DAYS)).isEqualTo("The retention policy needs the Premium SKU.");
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void retentionDaysAndTheExportPolicyAreCheckedAsTheyChange() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            UpdateRegistryViewModel premium = new UpdateRegistryViewModel(f.context, f.registry("contosoprodacr"));
            Messages premiumShown = messages(premium);
            premium.retentionDaysProperty().set("400");
            assertThat(premiumShown.of(RegistryUpdate.RETENTION_DAYS)).isEqualTo("400 is out of range. Type a whole number from 0 to 365.");
            premium.retentionDaysProperty().set("a week");
            assertThat(premiumShown.of(RegistryUpdate.RETENTION_DAYS))
                    .isEqualTo("'a week' is not a whole number. Type a whole number from 0 to 365.");
            assertThat(premium.submit()).as("nothing is sent while the days do not read").isNull();
            assertThat(premium.retentionDaysProperty().get()).as("what was typed is kept").isEqualTo("a week");
            premium.retentionProperty().set(false);
            assertThat(premiumShown.of(RegistryUpdate.RETENTION_DAYS)).as("days count only while retention is on").isEmpty();

            UpdateRegistryViewModel standard = new UpdateRegistryViewModel(f.context, f.registry("contosoreleases"));
            Messages standardShown = messages(standard);
            assertThat(standard.exportProperty().get()).isTrue();
            standard.exportProperty().set(false);
            assertThat(standardShown.of(RegistryUpdate.EXPORT)).isEqualTo("Export can be turned off only when public network access is off.");
            assertThat(standard.submit()).isNull();
        }
    }

    @Test
    void anUpgradeIsSentAsAPatchThatLandsAndTheNextFormStartsFromIt() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoreleases");
            UpdateRegistryViewModel m = new UpdateRegistryViewModel(f.context, registry);
            m.skuProperty().set("Premium");
            m.adminUserProperty().set(true);
            m.retentionProperty().set(true);
            m.retentionDaysProperty().set("10");

            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Update registry contosoreleases");
            assertThat(op.method()).isEqualTo("PATCH");
            assertThat(f.atArm(registry.id()).at("/sku/name").asText()).isEqualTo("Premium");
            assertThat(f.atArm(registry.id()).at("/properties/adminUserEnabled").asBoolean()).isTrue();
            assertThat(f.atArm(registry.id()).at("/properties/policies/retentionPolicy/days").asInt()).isEqualTo(10);
            UpdateRegistryViewModel again = new UpdateRegistryViewModel(f.context, f.registry("contosoreleases"));
            assertThat(again.skuProperty().get()).isEqualTo("Premium");
            assertThat(again.adminUserProperty().get()).isTrue();
            assertThat(again.retentionProperty().get()).isTrue();
            assertThat(again.retentionDaysProperty().get()).isEqualTo("10");
        }
    }
}
