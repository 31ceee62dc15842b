package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.model.TokenDetails;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.PageContext;
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
        return context.background().submit(() -> context.store().children(scope, registryId, ResourceKind.TOKEN))
                .thenAcceptAsync(tokens -> into.setAll(tokens.stream()
                        .filter(t -> syncTokenId == null || !t.id().equalsIgnoreCase(syncTokenId))
                        .map(t -> choice(t, ticked)).toList()), FxBridge.executor());
    }

    private static TokenChoice choice(CachedResource t, List<String> ticked) {
        return new TokenChoice(t.id(), t.name(), TokenDetails.parse(t.json()).status(),
                ticked.contains(t.id().toLowerCase(Locale.ROOT)));
    }
}
