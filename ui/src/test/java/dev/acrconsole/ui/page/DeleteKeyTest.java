package dev.acrconsole.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Delete key picks the kind's own Delete, as its button offers it, and nothing when there is none to offer. */
class DeleteKeyTest {
    private final List<String> done = new ArrayList<>();

    private static Row row(String name) {
        return new Row(new CachedResource(new CacheScope("t", "AzureCloud"), "/x/tags/" + name, ResourceKind.of("tag"), name,
                "type", "t", "s", "rg", null, null, null, null, "{}", Instant.EPOCH), null);
    }

    private List<RowAction> tagActions() {
        return List.of(
                RowAction.onSelected("Lock", "tag-lock", "", r -> done.add("lock " + r.name())),
                RowAction.onSelected("Delete…", "tag-delete", "", r -> !r.name().equals("locked"), r -> done.add("delete " + r.name())),
                RowAction.onSelectedRows("Delete selected…", "tags-delete", "", r -> true,
                        rows -> done.add("delete " + rows.stream().map(Row::name).toList())));
    }

    @Test
    void oneRowGetsItsKindsDeleteAndManyTheDeleteOfTheSelectedRows() {
        DeleteKey.action(tagActions(), List.of(row("v1"))).orElseThrow().run();
        DeleteKey.action(tagActions(), List.of(row("v1"), row("v2"))).orElseThrow().run();
        assertThat(done).containsExactly("delete v1", "delete [v1, v2]");
    }

    @Test
    void nothingHappensWhereDeleteDoesNotApplyOrNoActionIsOffered() {
        assertThat(DeleteKey.action(List.of(), List.of(row("v1")))).as("offline or read-only: no actions").isEmpty();
        assertThat(DeleteKey.action(tagActions().subList(0, 2), List.of(row("locked")))).as("its Delete does not apply").isEmpty();
        assertThat(DeleteKey.action(tagActions(), List.of())).as("nothing selected").isEmpty();
        assertThat(done).isEmpty();
    }
}
