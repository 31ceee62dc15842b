package dev.acrconsole.ui.contextmenu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** View JSON's search: every match ignoring case, counted, walked in order and round again. */
class TextSearchTest {
    @Test
    void findNextWalksTheMatchesAndWrapsAround() {
        TextSearch search = new TextSearch("{\"name\":\"Web\",\"id\":\"/registries/web\",\"loginServer\":\"web.azurecr.io\"}");
        assertThat(search.search("WEB")).isEqualTo(3);
        assertThat(search.status()).isEqualTo("3 matches");
        int first = search.next();
        assertThat(search.text().substring(first, first + 3)).isEqualTo("Web");
        assertThat(search.status()).isEqualTo("1 of 3");
        search.next();
        int third = search.next();
        assertThat(search.text().substring(third)).startsWith("web.azurecr.io");
        assertThat(search.next()).as("after the last, the first again").isEqualTo(first);
        assertThat(search.status()).isEqualTo("1 of 3");
    }

    @Test
    void nothingFoundIsSaidAndABlankQueryFindsNothing() {
        TextSearch search = new TextSearch("{\"a\":1}");
        assertThat(search.search("zzz")).isZero();
        assertThat(search.next()).isEqualTo(-1);
        assertThat(search.status()).isEqualTo("No matches");
        assertThat(search.search("")).isZero();
        assertThat(search.status()).isEmpty();
    }
}
