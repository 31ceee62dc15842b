package dev.acrconsole.ui.collection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.SortBy;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagDetails;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry's contents start sorted as a person looks for them: repositories by name, tags and manifests newest first
 * (by the instant, not the text shown: {@code TagKindTest}); the user can sort by any other column, and back.
 */
class DefaultSortViewModelTest {
    @TempDir
    Path dir;

    @Test
    void tagsAndManifestsStartNewestFirstAndRepositoriesByName() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("contosodevacr");
            CollectionViewModel repositories = new CollectionViewModel(f.context, registry.id(), f.scope(), RepositoryKind.KIND);
            repositories.activate();
            assertThat(repositories.defaultSort()).isEqualTo(SortBy.ascending("Name"));
            assertThat(repositories.shown()).extracting(Row::name).hasSizeGreaterThan(3).isSorted();
            Row web = repositories.shown().stream().filter(r -> r.name().equals("apps/web")).findFirst().orElseThrow();
            repositories.deactivate();

            CollectionViewModel tags = new CollectionViewModel(f.context, web.id(), f.scope(), TagKind.KIND);
            tags.activate();
            assertThat(tags.defaultSort()).isEqualTo(SortBy.descending("Last updated"));
            assertThat(tags.shown()).extracting(r -> updated(r.details(TagDetails.class).lastUpdateTime()))
                    .hasSize(5).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(tags.shown().getFirst().name()).isEqualTo("1.3.0");
            assertThat(tags.shown().getLast().name()).isEqualTo("1.0.0");

            tags.sortBy(List.of(SortBy.ascending("Tag"))); // the user clicks the Tag column
            assertThat(tags.shown()).extracting(Row::name).containsExactly("1.0.0", "1.1.0", "1.2.0", "1.3.0", "stable");
            tags.sortBy(List.of(SortBy.ascending("Last updated")));
            assertThat(tags.shown().getFirst().name()).isEqualTo("1.0.0");
            assertThat(tags.rows()).as("the cached rows stay as read").hasSize(5);
            tags.deactivate();

            CollectionViewModel manifests = new CollectionViewModel(f.context, web.id(), f.scope(), ManifestKind.KIND);
            manifests.activate();
            assertThat(manifests.shown()).extracting(r -> updated(r.details(ManifestDetails.class).lastUpdateTime()))
                    .hasSizeGreaterThan(5).isSortedAccordingTo(Comparator.reverseOrder());
            manifests.deactivate();
        }
    }

    private static Instant updated(String time) {
        return Format.armInstant(time);
    }
}
