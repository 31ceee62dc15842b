package dev.acrconsole.ui.agentpools;

import dev.acrconsole.app.agentpools.AgentPoolKind;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.page.PageContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The agent pools a form (Schedule run, a task) offers where a pool is named: the registry's cached ones. */
public final class AgentPoolChoices {
    private AgentPoolChoices() {}

    /** The registry's agent pools as cached, by name; read off the FX thread. */
    public static CompletableFuture<List<String>> cached(PageContext context, Row registry) {
        return context.background().submit(() -> context.store().children(registry.scope(), registry.id(), AgentPoolKind.KIND)
                .stream().map(CachedResource::name).sorted().toList());
    }
}
