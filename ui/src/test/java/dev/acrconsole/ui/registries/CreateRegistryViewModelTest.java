package dev.acrconsole.ui.registries;

import static dev.acrconsole.ui.page.PageFixture.await;
import static dev.acrconsole.ui.page.PageFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.registries.CreateRegistryViewModel.GroupChoice;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create-registry form without the toolkit: groups from the cache, the name's rules and ARM's name check, the create. */
class CreateRegistryViewModelTest {
    @TempDir
    Path dir;

    private static SandboxData.ResourceGroup group(PageFixture f, String name) {
        return f.sandbox().data().resourceGroups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static CreateRegistryViewModel loaded(PageFixture f, String groupName) {
        CreateRegistryViewModel m = new CreateRegistryViewModel(f.context);
        await(m.load(groupName == null ? null : group(f, groupName).id()));
        return m;
    }

    /** The messages the dialog binds under its fields. */
    private static Messages messages(CreateRegistryViewModel m) {
        return Messages.of(m, RegistryForm.RESOURCE_GROUP, RegistryForm.NAME, RegistryForm.LOCATION, RegistryForm.SKU,
                RegistryForm.FEATURES);
    }

    @Test
    void everyCachedGroupIsOfferedAndTheOneSelectedInTheTreeIsChosenWithItsLocation() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            CreateRegistryViewModel m = loaded(f, "rg-dev-shared");

            assertThat(m.groups()).extracting(GroupChoice::group).containsExactlyInAnyOrderElementsOf(
                    f.sandbox().data().resourceGroups().stream().map(SandboxData.ResourceGroup::name).toList());
            assertThat(m.groupProperty().get()).hasToString("rg-dev-shared  (Contoso Development)");
            assertThat(m.locationProperty().get()).isEqualTo("westus2");

            m.groupProperty().set(m.groups().stream().filter(g -> g.group().equals("rg-edge-hub")).findFirst().orElseThrow());
            assertThat(m.locationProperty().get()).as("the location follows the group while it was the group's")
                    .isEqualTo("southeastasia");
            m.locationProperty().set("westeurope");
            m.groupProperty().set(m.groups().stream().filter(g -> g.group().equals("rg-dev-sandbox")).findFirst().orElseThrow());
            assertThat(m.locationProperty().get()).as("a location the user chose stays").isEqualTo("westeurope");

            assertThat(loaded(f, null).groupProperty().get()).as("nothing selected: the first group").isEqualTo(m.groups().getFirst());
        }
    }

    @Test
    void aBadNameIsRefusedWhereItIsTypedAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            CreateRegistryViewModel m = loaded(f, "rg-dev-sandbox");
            Messages shown = messages(m);
            int requests = f.sandbox().requestCount();
            assertThat(shown.showing()).as("nothing typed yet, nothing said").isEmpty();

            m.nameProperty().set("my-registry");
            assertThat(shown.showing()).containsExactly(
                    Map.entry(RegistryForm.NAME, "Use only letters and digits (no dashes, dots or spaces)."));
            m.nameProperty().set("abc");
            assertThat(shown.of(RegistryForm.NAME)).isEqualTo("Use 5 to 50 letters and digits (this is 3).");
            assertThat(m.nameCheckProperty().get()).as("a name that breaks the rule is not asked about").isEmpty();
            m.zoneRedundancyProperty().set(true);
            assertThat(shown.of(RegistryForm.FEATURES))
                    .isEqualTo("Zone redundancy, a dedicated data endpoint and turning off public access need the Premium SKU.");

            assertThat(m.submit()).isNull();
            assertThat(shown.showing()).containsOnlyKeys(RegistryForm.NAME, RegistryForm.FEATURES);
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();

            m.skuProperty().set("Premium");
            assertThat(shown.of(RegistryForm.FEATURES)).isEmpty();
        }
    }

    @Test
    void aNameTakenAtArmIsSaidUnderTheNameAndAFreeOneIsAvailable() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            CreateRegistryViewModel m = loaded(f, "rg-dev-sandbox");
            Messages shown = messages(m);

            m.nameProperty().set("contosoprodacr");
            waitFor("ARM's answer shows", () -> !shown.of(RegistryForm.NAME).isEmpty());
            assertThat(shown.of(RegistryForm.NAME)).isEqualTo("The registry contosoprodacr is already in use.");
            assertThat(m.nameCheckProperty().get()).isEmpty();
            assertThat(m.submit()).isNull();
            assertThat(f.services.journal().all()).isEmpty();

            m.nameProperty().set("vmafreename01");
            waitFor("the name is found free", () -> "Available".equals(m.nameCheckProperty().get()));
            assertThat(shown.of(RegistryForm.NAME)).isEmpty();
        }
    }

    @Test
    void aGoodFormSendsACreateThatLandsInTheSandboxAndTheCache() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir, PageFixture.QUICK)) {
            CreateRegistryViewModel m = loaded(f, "rg-dev-sandbox");
            m.nameProperty().set("vmanewreg01");
            m.skuProperty().set("Premium");
            m.dataEndpointProperty().set(true);
            m.adminUserProperty().set(true);
            waitFor("the name is found free", () -> "Available".equals(m.nameCheckProperty().get()));

            Operation op = f.ended(m.submit());

            String id = "/subscriptions/" + group(f, "rg-dev-sandbox").subscriptionId()
                    + "/resourceGroups/rg-dev-sandbox/providers/Microsoft.ContainerRegistry/registries/vmanewreg01";
            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Create registry vmanewreg01");
            assertThat(op.method()).isEqualTo("PUT");
            assertThat(op.targetId()).isEqualTo(id);
            assertThat(f.atArm(id).at("/sku/name").asText()).isEqualTo("Premium");
            assertThat(f.atArm(id).at("/location").asText()).isEqualTo("eastus");
            assertThat(f.atArm(id).at("/properties/dataEndpointEnabled").asBoolean()).isTrue();
            assertThat(f.atArm(id).at("/properties/adminUserEnabled").asBoolean()).isTrue();
            assertThat(f.row(id).sku()).as("re-read into the cache").isEqualTo("Premium");
            assertThat(f.notices).isEmpty();
        }
    }
}
