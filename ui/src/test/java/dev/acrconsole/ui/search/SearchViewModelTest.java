package dev.acrconsole.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page as typed into, over the sandbox's sample in a real cache: operators are read, and said so. */
class SearchViewModelTest {
    @TempDir
    Path dir;

    @Test
    void whatIsTypedBesidesWordsIsReadAndAnOperatorItLacksIsNamed() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            SearchViewModel model = new SearchViewModel(f.context, f.context.review().search());
            assertThat(model.statusProperty().get()).contains("\"a phrase\"", "-word");

            model.textProperty().set("contoso AND prod");
            PageFixture.waitFor("hits for contoso AND prod", () -> model.statusProperty().get().contains("found"));
            assertThat(model.hits()).extracting(SearchHit::name).contains("contosoprodacr");

            model.textProperty().set("contoso -prod");
            PageFixture.waitFor("contoso less prod", () -> model.hits().stream().noneMatch(h -> h.name().equals("contosoprodacr")));
            assertThat(model.hits()).extracting(SearchHit::name).contains("contosodevacr");

            model.textProperty().set("contosodevacr OR contosoprodacr");
            PageFixture.waitFor("the note on OR", () -> model.statusProperty().get().startsWith("OR is not supported"));
        }
    }
}
