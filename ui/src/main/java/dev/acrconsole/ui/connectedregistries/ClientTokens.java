package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.TokenDetails;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.ui.page.PageContext;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.collections.ObservableList;

/**
 * The tokens a connected registry can serve clients with: the registry's cached tokens, read in the background, the
 * sync token left out (it is the registry's own), the current ones ticked.
 */
final class ClientTokens {
    private ClientTokens() {}

    static CompletableFuture<Void> load(PageContext context, CacheScope scope, String registryId, List<String> chosen,
                                        String syncTokenId, ObservableList<TokenChoice> into) {
        List<String> ticked = chosen.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        return context.background().submit(() -> context.kinds().rows(context.store().children(scope, registryId, TokenKind.KIND)))
                .thenAcceptAsync(tokens -> into.setAll(tokens.stream()
                        .filter(t -> syncTokenId == null || !t.id().equalsIgnoreCase(syncTokenId))
                        .map(t -> choice(t, ticked)).toList()), context.fx());
    }

    private static TokenChoice choice(Row t, List<String> ticked) {
        return new TokenChoice(t.id(), t.name(), t.details(TokenDetails.class).status(),
                ticked.contains(t.id().toLowerCase(Locale.ROOT)));
    }
}
