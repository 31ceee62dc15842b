package dev.acrconsole.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.imports.ImportForm;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import form without the toolkit: sources offered from the cache, inline refusals, and an import that shows. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    /** The form on {@code dev} (its repositories cached) with contosoprodacr, offered from the cache, as the source. */
    private static ImportViewModel fromProd(PageFixture f, Row dev) {
        f.fetch(dev, RepositoryKind.KIND);
        ImportViewModel m = new ImportViewModel(f.context, dev);
        assertThat(m.chooseRegistry(f.registry("contosoprodacr").id())).isTrue();
        return m;
    }

    @Test
    void badInputIsRefusedWhereItWasTypedKeptAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row dev = f.registry("contosodevacr");
            ImportViewModel m = new ImportViewModel(f.context, dev);
            Messages shown = Messages.of(m, ImportForm.SOURCE, ImportForm.IMAGE, ImportForm.TARGETS);
            int sent = f.sandbox().requestCount();

            m.imageProperty().set("Nginx::1.27");
            m.targetsProperty().set("mirror/nginx:bad tag!");
            m.hostProperty().set("https://docker.io/library");
            assertThat(m.submit()).isNull();

            assertThat(shown.of(ImportForm.IMAGE)).startsWith("Write the image as repository:tag");
            assertThat(shown.of(ImportForm.TARGETS)).startsWith("'tag!': ");
            assertThat(shown.of(ImportForm.SOURCE)).startsWith("Type a registry host such as docker.io");
            m.imageProperty().set("nginx@sha256:123");
            assertThat(shown.of(ImportForm.IMAGE)).isEqualTo("The digest 'sha256:123' is not valid: sha256: and 64 lower-case hex digits.");
            assertThat(m.imageProperty().get()).as("what was typed is kept").isEqualTo("nginx@sha256:123");
            assertThat(f.sandbox().requestCount()).isEqualTo(sent);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void theCachedRegistriesAreOfferedAndTheTargetFollowsTheImageUntilTyped() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ImportViewModel m = new ImportViewModel(f.context, f.registry("contosodevacr"));
            assertThat(m.sources()).first().isEqualTo(ImportViewModel.PUBLIC);
            assertThat(m.sources()).extracting(ImportViewModel.SourceChoice::label)
                    .anyMatch(l -> l.startsWith("contosoprodacr  (contosoprodacr.azurecr.io)"));

            m.imageProperty().set("nginx:1.27");
            assertThat(m.targetsProperty().get()).isEqualTo("nginx:1.27");
            m.imageProperty().set("library/hello-world");
            assertThat(m.targetsProperty().get()).isEqualTo("library/hello-world:latest");
            m.targetsProperty().set("mine/hello:v1");
            m.imageProperty().set("library/alpine:3.20");
            assertThat(m.targetsProperty().get()).as("typed by the user: kept").isEqualTo("mine/hello:v1");
        }
    }

    @Test
    void anImportFromACachedRegistryIsAnOperationAndTheImageThenShowsInTheCache() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row dev = f.registry("contosodevacr");
            ImportViewModel m = fromProd(f, dev);
            m.imageProperty().set("nginx:1.27");
            m.targetsProperty().set("mirror/nginx:1.27");

            Operation done = f.ended(m.submit());

            assertThat(done.state()).as(done.errorMessage()).isEqualTo(Operation.State.Succeeded);
            PageFixture.waitFor("the imported repository in the cache", () -> f.context.children(dev, RepositoryKind.KIND)
                    .stream().anyMatch(r -> r.name().equals("mirror/nginx")));
            Row repo = f.context.children(dev, RepositoryKind.KIND).stream().filter(r -> r.name().equals("mirror/nginx"))
                    .findFirst().orElseThrow();
            PageFixture.waitFor("its tag", () -> f.context.children(repo, TagKind.KIND).stream().anyMatch(t -> t.name().equals("1.27")));
        }
    }

    @Test
    void severalImagesAreOneBulkOperationAndTheyShowWhenItEnds() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row dev = f.registry("contosodevacr");
            ImportViewModel m = fromProd(f, dev);
            Messages shown = Messages.of(m, ImportForm.TARGETS);
            m.imageProperty().set("nginx:1.25, nginx:1.27");
            m.targetsProperty().set("bulk/nginx:one");
            assertThat(m.submit()).isNull();
            assertThat(shown.of(ImportForm.TARGETS)).startsWith("With several images, give at most one target repository");
            m.targetsProperty().set("bulk/nginx");

            Operation done = f.ended(m.submit());

            assertThat(done.title()).isEqualTo("Import 2 images into contosodevacr");
            assertThat(done.state()).as(done.errorMessage()).isEqualTo(Operation.State.Succeeded);
            assertThat(f.services.journal().all()).hasSize(1);
            PageFixture.waitFor("the bulk's repository and both tags in the cache", () -> f.context.children(dev, RepositoryKind.KIND)
                    .stream().filter(r -> r.name().equals("bulk/nginx")).findFirst()
                    .map(r -> f.context.children(r, TagKind.KIND).size() == 2).orElse(false));
        }
    }

    @Test
    void aRefusedImportShowsArmsCodeAndTheCachedTagStays() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row dev = f.registry("contosodevacr");
            f.fetch(dev, RepositoryKind.KIND);
            Row nginx = f.child(dev, RepositoryKind.KIND, "nginx");
            f.fetch(nginx, TagKind.KIND);
            int tags = f.context.children(nginx, TagKind.KIND).size();
            ImportViewModel m = new ImportViewModel(f.context, dev);
            m.chooseRegistry(f.registry("contosoprodacr").id());
            m.imageProperty().set("nginx:1.27");
            m.targetsProperty().set("nginx:1.25");

            Operation refused = f.ended(m.submit());

            assertThat(refused.state()).isEqualTo(Operation.State.Failed);
            assertThat(refused.errorCode()).isEqualTo("Conflict");
            assertThat(refused.errorMessage()).contains("nginx:1.25 already exists in target registry");
            assertThat(f.context.children(nginx, TagKind.KIND)).hasSize(tags).extracting(Row::name).contains("1.25");
        }
    }
}
