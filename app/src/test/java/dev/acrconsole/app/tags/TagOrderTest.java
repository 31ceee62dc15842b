package dev.acrconsole.app.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.SortBy;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags sort newest first by default, by the instant of their last update, not by the text the table shows. */
class TagOrderTest {
    private final TagKind kind = new TagKind();

    @Test
    void timesSortByTheInstantTheyAreNotByTheirText() {
        // Two times in the same minute show the same text; written with and without a fraction, they would sort
        // wrongly as text too ("...:00.5Z" < "...:00Z"). A tag without a time goes last, newest first.
        Row early = tag("early", "2026-01-01T10:00:00Z");
        Row later = tag("later", "2026-01-01T10:00:00.5Z");
        Row none = tag("none", null);
        assertThat(Format.armTime("2026-01-01T10:00:00Z")).isEqualTo(Format.armTime("2026-01-01T10:00:00.5Z"));
        assertThat(kind.defaultSort()).isEqualTo(SortBy.descending("Last updated"));

        List<Row> rows = new ArrayList<>(List.of(early, none, later));
        rows.sort(kind.order(List.of(kind.defaultSort())));
        assertThat(rows).extracting(Row::name).containsExactly("later", "early", "none");

        rows.sort(kind.order(List.of(SortBy.ascending("Tag"))));
        assertThat(rows).extracting(Row::name).containsExactly("early", "later", "none");
        assertThat(kind.order(List.of(SortBy.ascending("No such column")))).isNull();
    }

    private Row tag(String name, String updated) {
        String json = "{\"name\":\"" + name + "\",\"digest\":\"sha256:0\""
                + (updated == null ? "" : ",\"lastUpdateTime\":\"" + updated + "\"") + "}";
        return kind.row(new CachedResource(new CacheScope("a", "AzureCloud"), "/x/_tags/" + name, TagKind.KIND, name, null,
                null, null, null, null, null, null, null, json, Instant.now()));
    }
}
