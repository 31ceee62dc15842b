package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.connectedregistries.ConnectedRegistryDetails;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.TokenDetails;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.ui.page.PageContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The tokens a connected registry can serve clients with: the registry's cached tokens, read in the background, the
 * current ones ticked. Sync tokens are left out (this connected registry's, and those the cached ones sync with): a sync
 * token's scope map also lets it write a gateway's sync messages, which a client must not hold. One already chosen
 * stays offered, ticked, so an update does not drop it unseen.
 */
final class ClientTokens {
    private ClientTokens() {}

    /** Reads them in the background; the caller puts them on screen (on the FX thread). */
    static CompletableFuture<List<TokenChoice>> read(PageContext context, CacheScope scope, String registryId,
                                                     List<String> chosen, String syncTokenId) {
        List<String> ticked = chosen.stream().map(ClientTokens::lower).toList();
        return context.background().submit(() -> {
            Set<String> sync = syncTokens(context, scope, registryId);
            if (syncTokenId != null) {
                sync.add(lower(syncTokenId));
            }
            return context.kinds().rows(context.store().children(scope, registryId, TokenKind.KIND)).stream()
                    .filter(t -> ticked.contains(lower(t.id())) || !sync.contains(lower(t.id())))
                    .map(t -> choice(t, ticked)).toList();
        });
    }

    /** The tokens the registry's cached connected registries sync with. */
    private static Set<String> syncTokens(PageContext context, CacheScope scope, String registryId) {
        Set<String> ids = new HashSet<>();
        for (Row c : context.kinds().rows(context.store().children(scope, registryId, ConnectedRegistryKind.KIND))) {
            String id = c.details(ConnectedRegistryDetails.class).sync().tokenId();
            if (id != null) {
                ids.add(lower(id));
            }
        }
        return ids;
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private static TokenChoice choice(Row t, List<String> ticked) {
        return new TokenChoice(t.id(), t.name(), t.details(TokenDetails.class).status(),
                ticked.contains(lower(t.id())));
    }
}
