package dev.acrconsole.ui.scopemaps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.scopemaps.ScopeMapForm;
import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.GatewayPermission;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.RepositoryPermission;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.page.RowAction;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scope map form and its actions editor without the toolkit: the preview, what is refused, what is sent, what is offered. */
class ScopeMapFormViewModelTest {
    @TempDir
    Path dir;

    private static Messages messages(ScopeMapFormViewModel m) {
        return Messages.of(m, ScopeMapForm.NAME, ScopeMapForm.DESCRIPTION, ScopeMapPermissions.ACTIONS);
    }

    private static List<String> preview(ScopeMapFormViewModel m) {
        return m.previewProperty().get().isEmpty() ? List.of() : List.of(m.previewProperty().get().split("\n"));
    }

    @Test
    void thePreviewShowsTheActionsArmWillGetAsTheyAreTicked() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ScopeMapFormViewModel m = new ScopeMapFormViewModel(f.context, f.registry("fabrikamedgehub"));
            assertThat(m.creating()).isTrue();
            assertThat(m.repositories()).hasSize(1);
            var repository = m.repositories().getFirst();

            repository.nameProperty().set("hello-world");
            assertThat(preview(m)).containsExactly("repositories/hello-world/content/read", "repositories/hello-world/metadata/read");
            repository.permission(RepositoryPermission.CONTENT_WRITE).set(true);
            assertThat(preview(m)).containsExactly("repositories/hello-world/content/read",
                    "repositories/hello-world/content/write", "repositories/hello-world/metadata/read");

            m.addGateway();
            m.gateways().getFirst().nameProperty().set("dublinsite");
            m.gateways().getFirst().permission(GatewayPermission.CONFIG_WRITE).set(false);
            assertThat(preview(m)).endsWith("gateway/dublinsite/config/read", "gateway/dublinsite/message/read",
                    "gateway/dublinsite/message/write");
            m.remove(repository);
            assertThat(preview(m)).containsExactly("gateway/dublinsite/config/read", "gateway/dublinsite/message/read",
                    "gateway/dublinsite/message/write");
        }
    }

    @Test
    void aRepositoryWithNoPermissionOrABadNameAndAReservedNameAreRefusedAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ScopeMapFormViewModel m = new ScopeMapFormViewModel(f.context, f.registry("fabrikamedgehub"));
            Messages shown = messages(m);
            int requests = f.sandbox().requestCount();
            var repository = m.repositories().getFirst();

            repository.nameProperty().set("hello-world");
            repository.permission(RepositoryPermission.CONTENT_READ).set(false);
            repository.permission(RepositoryPermission.METADATA_READ).set(false);
            assertThat(shown.of(ScopeMapPermissions.ACTIONS))
                    .isEqualTo("Give at least one repository or gateway permission.");
            m.addRepository();
            m.repositories().get(1).nameProperty().set("apps");
            assertThat(shown.of(ScopeMapPermissions.ACTIONS))
                    .isEqualTo("Tick at least one of content read/write/delete or metadata read/write for hello-world.");
            repository.permission(RepositoryPermission.CONTENT_READ).set(true);
            repository.nameProperty().set("Hello World");
            assertThat(shown.of(ScopeMapPermissions.ACTIONS)).startsWith("'Hello World' is not a repository name");
            m.nameProperty().set("_mine");
            assertThat(shown.of(ScopeMapForm.NAME)).isEqualTo("Names starting with '_' are ACR's own (_repositories_pull, ...): choose another.");

            assertThat(m.submit()).isNull();
            assertThat(shown.showing()).containsOnlyKeys(ScopeMapForm.NAME, ScopeMapPermissions.ACTIONS);
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void aNewScopeMapIsSentWithThePreviewedActions() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("fabrikamedgehub");
            ScopeMapFormViewModel m = new ScopeMapFormViewModel(f.context, registry);
            m.nameProperty().set("site-readers");
            m.descriptionProperty().set("Pull the site's images");
            m.repositories().getFirst().nameProperty().set("factory/*");
            List<String> previewed = preview(m);

            Operation op = f.ended(m.submit());

            String id = registry.id() + "/scopeMaps/site-readers";
            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Create scope map site-readers");
            assertThat(StreamSupport.stream(f.atArm(id).at("/properties/actions").spliterator(), false).map(a -> a.asText()))
                    .containsExactlyElementsOf(previewed).containsExactly("repositories/factory/*/content/read",
                            "repositories/factory/*/metadata/read");
            assertThat(f.atArm(id).at("/properties/description").asText()).isEqualTo("Pull the site's images");
            assertThat(f.find(id)).as("re-read into the cache").isPresent();
        }
    }

    @Test
    void editingStartsFromTheCachedActionsKeepsTheNameAndSendsAnUpdate() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("fabrikamedgehub");
            f.fetch(registry, ScopeMapKind.KIND);
            Row map = f.child(registry, ScopeMapKind.KIND, "dublinline7-sync-scope-map");
            ScopeMapFormViewModel m = ScopeMapFormViewModel.edit(f.context, map);
            assertThat(m.creating()).isFalse();
            assertThat(m.nameProperty().get()).isEqualTo("dublinline7-sync-scope-map");
            assertThat(m.repositories()).extracting(r -> r.nameProperty().get())
                    .containsExactly("hello-world", "acr/connected-registry", "factory/line-controller");
            assertThat(m.repositories()).allSatisfy(r -> {
                assertThat(r.permission(RepositoryPermission.CONTENT_READ).get()).isTrue();
                assertThat(r.permission(RepositoryPermission.CONTENT_WRITE).get()).as("a read-only registry's map").isFalse();
            });
            assertThat(m.gateways()).extracting(g -> g.nameProperty().get()).containsExactly("dublinline7");
            assertThat(m.others()).isEmpty();

            m.remove(m.repositories().get(2));
            m.descriptionProperty().set("Line 7 pulls two repositories");
            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.method()).isEqualTo("PATCH");
            assertThat(op.targetId()).isEqualTo(map.id());
            String actions = f.atArm(map.id()).at("/properties/actions").toString();
            assertThat(actions).contains("repositories/hello-world/content/read", "gateway/dublinline7/message/write")
                    .doesNotContain("factory/line-controller");
            assertThat(f.atArm(map.id()).at("/properties/description").asText()).isEqualTo("Line 7 pulls two repositories");
        }
    }

    @Test
    void editAndDeleteAreNotOfferedForAcrsOwnScopeMaps() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("fabrikamedgehub");
            f.fetch(registry, ScopeMapKind.KIND);
            List<RowAction> actions = new ScopeMapUi().actions(new ViewContext(f.context, () -> null),
                    new CollectionViewModel(f.context, registry.id(), f.scope(), ScopeMapKind.KIND));
            RowAction create = actions.stream().filter(a -> a.id().equals("scope-map-create")).findFirst().orElseThrow();
            RowAction edit = actions.stream().filter(a -> a.id().equals("scope-map-edit")).findFirst().orElseThrow();
            RowAction delete = actions.stream().filter(a -> a.id().equals("scope-map-delete")).findFirst().orElseThrow();
            Row system = f.child(registry, ScopeMapKind.KIND, "_repositories_pull");
            Row own = f.child(registry, ScopeMapKind.KIND, "dublinsite-sync-scope-map");

            assertThat(create.enabledFor(registry)).isTrue();
            assertThat(edit.enabledFor(system)).isFalse();
            assertThat(delete.enabledFor(system)).isFalse();
            assertThat(edit.enabledFor(own)).isTrue();
            assertThat(delete.enabledFor(own)).isTrue();
            assertThat(edit.enabledFor(null)).as("nothing selected").isFalse();
        }
    }
}
